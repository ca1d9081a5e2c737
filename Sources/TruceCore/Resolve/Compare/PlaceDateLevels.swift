/// Levels of the city and birth-date comparisons.
enum PlaceDateLevels {
    /// `city`: null, exact, typo, different.
    static func city(_ a: UInt64, _ aSkeleton: ShortText, _ b: UInt64, _ bSkeleton: ShortText) -> Int {
        if a == 0 || b == 0 { return 0 }
        if a == b || (!aSkeleton.isEmpty && aSkeleton == bSkeleton) { return 1 }
        return StringSimilarity.jaroWinkler(aSkeleton, bSkeleton, atLeast: 0.88) >= 0.88 ? 2 : 3
    }

    /// `birth_date` (as `yyyymmdd`): null, exact, typo (one part off, one digit off, or day and
    /// month swapped), year (same year only), different.
    static func birthDate(_ a: Int32, _ b: Int32) -> Int {
        if a == 0 || b == 0 { return 0 }
        if a == b { return 1 }
        let (ay, am, ad) = (a / 10000, a / 100 % 100, a % 100)
        let (by, bm, bd) = (b / 10000, b / 100 % 100, b % 100)
        let same = (ay == by ? 1 : 0) + (am == bm ? 1 : 0) + (ad == bd ? 1 : 0)
        if same == 2 || (ay == by && am == bd && ad == bm) || digitDistance(a, b) <= 1 { return 2 }
        return ay == by ? 3 : 4
    }

    /// Number of differing decimal digits of two 8-digit dates.
    private static func digitDistance(_ a: Int32, _ b: Int32) -> Int {
        var (x, y, count) = (a, b, 0)
        while x > 0 || y > 0 {
            if x % 10 != y % 10 { count += 1 }
            x /= 10
            y /= 10
        }
        return count
    }
}
