// A tiny inline-SVG line of a series, with its meaning as text for assistive technology.
export function Sparkline({ values, label, width = 120, height = 32 }: { values: (number | null)[]; label: string; width?: number; height?: number }) {
  const known = values.filter((v): v is number => v !== null);
  if (known.length === 0) return <span className="kompas-note">geen cijfers</span>;
  const min = Math.min(...known);
  const max = Math.max(...known);
  const span = max - min || 1;
  const step = values.length > 1 ? (width - 8) / (values.length - 1) : 0;
  const x = (i: number) => 4 + i * step;
  const y = (v: number) => height - 4 - ((v - min) / span) * (height - 8);
  // Separate segments at unknown values: no line is drawn across a gap.
  const segments: string[] = [];
  let current = '';
  values.forEach((v, i) => {
    if (v === null) {
      if (current) segments.push(current);
      current = '';
      return;
    }
    current += `${current ? 'L' : 'M'}${x(i).toFixed(1)},${y(v).toFixed(1)}`;
  });
  if (current) segments.push(current);
  const lastIndex = values.reduce<number>((acc, v, i) => (v !== null ? i : acc), -1);
  return (
    <svg className="kompas-sparkline" role="img" aria-label={label} width={width} height={height} viewBox={`0 0 ${width} ${height}`} data-testid="sparkline">
      <title>{label}</title>
      {segments.map((d) => (
        <path key={d} d={d} fill="none" stroke="#1f4e8c" strokeWidth={2} />
      ))}
      {lastIndex >= 0 && <circle cx={x(lastIndex)} cy={y(values[lastIndex] as number)} r={3} fill="#1f4e8c" />}
    </svg>
  );
}
