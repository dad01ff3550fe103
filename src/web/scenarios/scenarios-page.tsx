export function ScenariosPage() {
  return <p>Coming.</p>;
}
