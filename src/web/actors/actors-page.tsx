export function ActorsPage() {
  return <p>Coming.</p>;
}
