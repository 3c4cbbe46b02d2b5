/** "1 250,50", "1250.5" or "150 €" → the amount in euros; null when it is not an amount. */
export function parseAmount(text: string): number | null {
  const normalized = text.replace(/[\s\u00a0\u202f€]/g, '').replace(',', '.');
  if (!/^\d+(\.\d{1,2})?$/.test(normalized)) return null;
  return Number(normalized);
}
