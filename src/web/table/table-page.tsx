export function TablePage() {
  return <p>Coming.</p>;
}
