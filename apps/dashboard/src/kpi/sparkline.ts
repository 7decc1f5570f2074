/**
 * An SVG path through the points of a small series scaled into width × height; a missing value
 * breaks the line instead of dropping it to zero, and a lone point is drawn as a dot.
 */
export function sparklinePath(values: (number | null)[], width: number, height: number): string {
  const known = values.filter((v): v is number => v !== null);
  if (known.length === 0) return '';
  const min = Math.min(...known);
  const max = Math.max(...known);
  const step = values.length > 1 ? width / (values.length - 1) : 0;
  const y = (v: number) => (max === min ? height / 2 : height - ((v - min) / (max - min)) * height);
  const round = (n: number) => Math.round(n * 100) / 100;
  const commands: string[] = [];
  let drawing = false;
  values.forEach((v, i) => {
    if (v === null) {
      drawing = false;
      return;
    }
    const next = values[i + 1];
    const point = `${round(i * step)} ${round(y(v))}`;
    if (drawing) commands.push(`L${point}`);
    else commands.push(next === null || next === undefined ? `M${point}h0` : `M${point}`);
    drawing = true;
  });
  return commands.join('');
}
