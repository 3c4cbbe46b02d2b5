// The offers map loads its tiles from MAP_TILE_URL, a Leaflet URL template such as
// `https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png`: the Content-Security-Policy must allow
// images from that host, with the `{s}` subdomain (or any other placeholder) as a wildcard.

const TEMPLATE_URL = /^(https?):\/\/([^/?#@]+)(?:[/?#]|$)/i;

/**
 * The CSP source allowing the tiles of a Leaflet URL template (`https://*.tile.openstreetmap.org`),
 * or null when the template is not an http(s) URL or has a placeholder in its host other than in
 * the leftmost label (CSP wildcards can only stand for the leftmost labels).
 */
export function tileImageSource(template: string): string | null {
  const match = TEMPLATE_URL.exec(template.trim());
  if (!match?.[1] || !match[2]) return null;
  const labels = match[2].toLowerCase().split('.');
  const isTemplated = labels.map((label) => /[{}]/.test(label));
  if (isTemplated.slice(1).includes(true)) return null;
  if (isTemplated[0]) {
    if (labels.length < 3) return null; // `{s}.org` would allow a whole top-level domain
    labels[0] = '*';
  }
  const host = labels.join('.');
  if (!/^(\*\.)?[a-z0-9.-]+(:\d{1,5})?$/.test(host)) return null;
  return `${match[1].toLowerCase()}://${host}`;
}
