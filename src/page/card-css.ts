// The card's own styles, inside its shadow root. `all: initial` on the host cuts every inherited page style.
export const CARD_CSS = `
:host{all:initial;position:fixed;z-index:2147483647;top:0;left:0;display:block;contain:layout style;}
:host([hidden]){display:none;}
.card{box-sizing:border-box;max-width:360px;min-width:240px;padding:10px 12px;border-radius:8px;background:#fff;color:#1a1a1a;
 font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;box-shadow:0 4px 18px rgba(0,0,0,.22);border:1px solid #d0d0d0;}
.value{font-size:18px;font-weight:600;}
.badge{display:inline-block;margin-left:8px;padding:0 6px;border-radius:4px;font-size:12px;font-weight:500;vertical-align:middle;
 border:1px solid currentColor;}
.badge.actual{color:#8a5300;border-style:solid}.badge.estimate{color:#01579b;border-style:dashed}.badge.target{color:#1b5e20;border-style:dotted}
.meaning{margin-top:4px;}
.hist{margin-top:8px;border-top:1px solid #eee;padding-top:6px;font-size:13px;}
.hist h3{margin:0 0 4px;font-size:12px;font-weight:600;color:#555;text-transform:none;}
.hist ul{margin:0;padding:0 0 0 16px;}
.muted{color:#666;font-size:12px;}
.actions{margin-top:8px;display:flex;gap:6px;flex-wrap:wrap;}
button{font:inherit;font-size:13px;padding:3px 10px;border-radius:5px;border:1px solid #999;background:#f6f6f6;color:#111;cursor:pointer;}
button:focus-visible,input:focus-visible,select:focus-visible{outline:2px solid #e65100;outline-offset:1px;}
form{margin-top:8px;display:grid;grid-template-columns:auto 1fr;gap:4px 8px;align-items:center;font-size:13px;}
input,select{font:inherit;font-size:13px;padding:2px 4px;border:1px solid #aaa;border-radius:4px;min-width:0;}
.error{color:#b00020;font-size:12px;grid-column:1/3;}
.status{margin-top:6px;font-size:12px;color:#1b5e20;}
`;
