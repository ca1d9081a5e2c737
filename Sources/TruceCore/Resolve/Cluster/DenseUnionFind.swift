/// Union–find over record indices `0..<count`; the smaller root wins.
struct DenseUnionFind {
    private var parent: [Int32]

    init(count: Int) {
        parent = (0..<count).map { Int32($0) }
    }

    mutating func find(_ id: Int) -> Int {
        var root = id
        while Int(parent[root]) != root { root = Int(parent[root]) }
        var current = id
        while Int(parent[current]) != root {
            let next = Int(parent[current])
            parent[current] = Int32(root)
            current = next
        }
        return root
    }

    mutating func union(_ a: Int, _ b: Int) {
        let (x, y) = (find(a), find(b))
        if x != y { parent[max(x, y)] = Int32(min(x, y)) }
    }
}
