// Draws the add-in icon at the sizes the manifest declares (16/32/64/80 px, plus 128 for stores).
// Run once with `npx tsx scripts/make-icons.ts`; the PNGs are committed under assets/.
import { Resvg } from '@resvg/resvg-js';
import { writeFileSync } from 'node:fs';

const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64">
  <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1">
    <stop offset="0" stop-color="#5B7CFF"/><stop offset="1" stop-color="#3650D9"/></linearGradient></defs>
  <rect x="2" y="2" width="60" height="60" rx="14" fill="url(#g)"/>
  <path d="M13 16h12c10 0 17 6.5 17 16s-7 16-17 16H13z M20 23v18h5c6 0 10-3.6 10-9s-4-9-10-9z" fill="#fff" fill-rule="evenodd"/>
  <rect x="44" y="12" width="6" height="18" rx="2" fill="#fff"/>
  <rect x="38" y="18" width="18" height="6" rx="2" fill="#fff"/>
</svg>`;

writeFileSync('assets/logo.svg', svg);
for (const size of [16, 32, 64, 80, 128]) {
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
  writeFileSync(`assets/icon-${size}.png`, png);
}
console.log('icons written');
