// The header search box (owned by the search work). STUB.
export default function SearchBox() {
  return <input type="search" aria-label="搜索 Search" placeholder="搜索活动、议题、讲师" />;
}
