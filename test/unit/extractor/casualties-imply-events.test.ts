// "Giảm mạnh cả về số vụ (-31%), số người chết (-9%) và số người bị thương (-41%)": where no accident is named near,
// the deaths and injuries named beside "số vụ" in its clause say which events were counted.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('a bare count of events beside the casualties', () => {
  it('is the count of traffic accidents', () => {
    const text = 'Trên các tuyến quốc lộ xảy ra 412 vụ, 95 người chết. So với năm trước, giảm cả về số vụ (-12%), số người chết (-7%).';
    expect(figureAt(text, '12%').indicator).toBe('traffic_accidents');
    expect(figureAt(text, '7%').indicator).toBe('traffic_deaths');
  });

  it('nothing is implied without casualties in the clause', () => {
    const text = 'Lực lượng chức năng kiểm tra 230 cơ sở; so với năm trước giảm cả về số vụ (-12%) và số tiền phạt (-5%).';
    expect(figureAt(text, '12%').indicator).not.toBe('traffic_accidents');
  });
});
