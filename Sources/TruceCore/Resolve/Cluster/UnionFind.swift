/// Union–find over arbitrary integer ids; the smaller root always wins, so roots are the
/// smallest member and results never depend on the order of unions.
public struct UnionFind {
    private var parent: [Int: Int]

    public init(_ ids: [Int]) {
        parent = Dictionary(uniqueKeysWithValues: ids.map { ($0, $0) })
    }

    public mutating func find(_ id: Int) -> Int {
        var root = id
        while let next = parent[root], next != root { root = next }
        var current = id
        while let next = parent[current], next != root {
            parent[current] = root
            current = next
        }
        return root
    }

    @discardableResult
    public mutating func union(_ a: Int, _ b: Int) -> Int {
        let (x, y) = (find(a), find(b))
        if x == y { return x }
        let (root, child) = x < y ? (x, y) : (y, x)
        parent[child] = root
        return root
    }
}
