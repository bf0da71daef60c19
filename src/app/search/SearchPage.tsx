// The /search?q= route (owned by the search work). STUB.
export default function SearchPage() {
  return <p>Search</p>;
}
