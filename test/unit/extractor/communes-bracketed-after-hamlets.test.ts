// "Các làng văn hoá du lịch như thôn Lô Lô Chải (xã Lũng Cú), thôn Nặm Đăm (xã Quản Bạ) đã có 96 cơ sở homestay":
// communes each in brackets after a hamlet of a list are a list too, and own no figure of the sentence; one hamlet
// with its commune in brackets still gives the commune its figure.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const opts = { published: '2024-07-01', locality: 'tỉnh Hà Giang' };

describe('communes in brackets after listed hamlets', () => {
  it('are a list: the count stays the province\'s', () => {
    const text = 'Các làng văn hoá du lịch như thôn Lô Lô Chải (xã Lũng Cú), thôn Nặm Đăm (xã Quản Bạ) đã có 96 cơ sở homestay.';
    expectFigure(text, '96', { locality: 'tỉnh Hà Giang' }, opts);
  });
  it('one hamlet with its commune in brackets gives the commune its figure', () => {
    expectFigure('Thôn Nặm Đăm (xã Quản Bạ) đã có 26 cơ sở homestay.', '26', { locality: 'xã Quản Bạ' }, opts);
  });
});
