// "Cảng Nha Trang đón 2 chuyến tàu biển quốc tế với hơn 4.100 khách": in a tourism report, the visitors an international
// cruise ship or flight brings are international visitors. From holdout23's to-do list, sentences written anew.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const pub = { published: '2026-02-24' };
const lead = 'Dịp Tết, tỉnh đón 320.000 lượt khách du lịch. ';

describe('visitors brought by an international ship or flight are international visitors', () => {
  it('"chuyến tàu biển quốc tế với hơn … khách"', () => {
    expectFigure(`${lead}Cảng Nha Trang đón 3 chuyến tàu biển quốc tế với hơn 5.200 khách.`, '5.200 khách', { indicator: 'international_tourist_arrivals' }, pub);
  });
  it('"du thuyền quốc tế chở … khách"', () => {
    expectFigure(`${lead}Cảng Chân Mây đón 2 du thuyền quốc tế chở 3.900 khách.`, '3.900 khách', { indicator: 'international_tourist_arrivals' }, pub);
  });
  it('passengers of a domestic ferry stay visitors', () => {
    expectFigure(`${lead}Tàu cao tốc ra đảo chở hơn 12.000 khách.`, '12.000 khách', { indicator: 'tourist_arrivals' }, pub);
  });
  it('passengers after a comma, of all the flights counted, stay visitors', () => {
    expectFigure(`${lead}Sân bay phục vụ 1.200 chuyến bay, trong đó 600 chuyến bay quốc tế, với 210.000 khách.`, '210.000 khách', { indicator: 'tourist_arrivals' }, pub);
  });
});
