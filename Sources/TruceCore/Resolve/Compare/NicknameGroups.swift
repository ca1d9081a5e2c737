/// Groups of first names that name one person: full forms, everyday diminutives and the usual
/// English equivalents (`Александр`/`Саша`/`Alexander`/`Alex`, `Екатерина`/`Катя`/`Kate`/`Katherine`).
///
/// A name may sit in several groups (`Саша` is Александр or Александра; `Alex` also Алексей).
/// Looked up by skeleton, so every Latin spelling of a listed Cyrillic form is covered.
enum NicknameGroups {
    /// Each line is one group; the first entry is the full form.
    static let groups: [[String]] = [
        ["Александр", "Саша", "Шура", "Саня", "Санёк", "Alexander", "Alex", "Al", "Xander"],
        ["Александра", "Саша", "Шура", "Саня", "Alexandra", "Alex", "Sandra", "Lexi"],
        ["Алексей", "Лёша", "Алёша", "Лёха", "Alex"], ["Анатолий", "Толя", "Толик"],
        ["Андрей", "Андрюша", "Андрюха", "Andrew", "Andy", "Drew"], ["Антон", "Антоша", "Тоша"],
        ["Аркадий", "Аркаша"], ["Артём", "Артемий", "Тёма"], ["Борис", "Боря"], ["Вадим", "Вадик"],
        ["Валентин", "Валя"], ["Валентина", "Валя"], ["Валерий", "Валера"], ["Валерия", "Лера"],
        ["Василий", "Вася"], ["Виктор", "Витя"], ["Виктория", "Вика", "Victoria", "Vicky", "Tori"],
        ["Виталий", "Виталик"], ["Владимир", "Вова", "Володя", "Вован"], ["Владислав", "Влад", "Владик", "Слава"],
        ["Вячеслав", "Слава"], ["Станислав", "Стас", "Слава"], ["Ярослав", "Ярик", "Слава"], ["Геннадий", "Гена"],
        ["Георгий", "Гоша", "Жора", "George"], ["Григорий", "Гриша", "Gregory", "Greg"],
        ["Даниил", "Данил", "Данила", "Даня", "Daniel", "Dan", "Danny"], ["Дмитрий", "Дима", "Митя"],
        ["Евгений", "Женя"], ["Евгения", "Женя"], ["Иван", "Ваня"], ["Илья", "Илюша"], ["Кирилл", "Кирюша"],
        ["Константин", "Костя"], ["Лев", "Лёва"], ["Леонид", "Лёня"], ["Максим", "Макс", "Max", "Maxim"],
        ["Михаил", "Миша", "Michael", "Mike", "Mikey", "Mick"], ["Николай", "Коля", "Nicholas", "Nick"],
        ["Павел", "Паша", "Paul"], ["Пётр", "Петя", "Peter", "Pete"], ["Роман", "Рома"], ["Руслан", "Руся"],
        ["Семён", "Сеня"], ["Сергей", "Серёжа", "Серый"], ["Степан", "Стёпа"], ["Тимофей", "Тима"],
        ["Тимур", "Тима"], ["Фёдор", "Федя"], ["Юрий", "Юра"], ["Яков", "Яша", "Jacob", "Jake"], ["Эдуард", "Эдик"],
        ["Анастасия", "Настя", "Ася"], ["Анна", "Аня", "Анюта", "Нюра", "Ann", "Anne", "Annie", "Hannah"],
        ["Антонина", "Тоня"], ["Галина", "Галя"], ["Дарья", "Даша"],
        ["Екатерина", "Катя", "Катюша", "Katherine", "Catherine", "Kathryn", "Kate", "Katie", "Cathy", "Kathy"],
        ["Елена", "Лена", "Helen", "Helena"], ["Елизавета", "Лиза", "Elizabeth", "Eliza", "Liz", "Lizzie", "Beth", "Betty"],
        ["Зинаида", "Зина"], ["Ирина", "Ира"], ["Ксения", "Ксюша"], ["Лариса", "Лара"], ["Любовь", "Люба"],
        ["Людмила", "Люда", "Мила"], ["Маргарита", "Рита", "Margaret", "Maggie", "Meg", "Peggy"],
        ["Мария", "Маша", "Маня", "Mary", "Marie"], ["Надежда", "Надя"], ["Наталья", "Наталия", "Наташа", "Natalie"],
        ["Ольга", "Оля"], ["Полина", "Поля"], ["Светлана", "Света"], ["София", "Софья", "Соня", "Sophie", "Sophia"],
        ["Татьяна", "Таня"], ["Ульяна", "Уля"], ["Юлия", "Юля", "Julie"], ["Тамара", "Тома"], ["Варвара", "Варя"],
        ["Лилия", "Лиля", "Lily"], ["Robert", "Rob", "Bob", "Bobby", "Robbie", "Bert"],
        ["William", "Will", "Bill", "Billy", "Liam"], ["James", "Jim", "Jimmy", "Jamie"], ["John", "Jack", "Johnny", "Jon"],
        ["Richard", "Rick", "Rich", "Richie", "Dick"], ["Thomas", "Tom", "Tommy"], ["Joseph", "Joe", "Joey"],
        ["Charles", "Charlie", "Chuck"], ["Christopher", "Chris", "Kit"], ["Christine", "Chris", "Christina", "Tina"],
        ["Matthew", "Matt"], ["Anthony", "Tony"], ["Steven", "Stephen", "Steve"], ["Edward", "Ed", "Eddie", "Ted"],
        ["Benjamin", "Ben"], ["Samuel", "Sam"], ["Samantha", "Sam"], ["David", "Dave"], ["Jennifer", "Jen", "Jenny"],
        ["Jessica", "Jess", "Jessie"], ["Rebecca", "Becky", "Becca"], ["Patricia", "Pat", "Patty", "Trish"],
        ["Susan", "Sue", "Susie"], ["Deborah", "Debbie", "Deb"], ["Abigail", "Abby"], ["Olivia", "Liv"],
        ["Isabella", "Isabel", "Bella", "Izzy"], ["Henry", "Harry", "Hal"], ["Harold", "Harry"],
        ["Frederick", "Freddie", "Fred"], ["Alfred", "Alfie", "Alf", "Freddie"], ["Oliver", "Ollie"],
        ["Archibald", "Archie"], ["Theodore", "Theo", "Ted"], ["Zachary", "Zach"], ["Joshua", "Josh"],
        ["Timothy", "Tim"], ["Philip", "Phil"], ["Ronald", "Ron"], ["Kenneth", "Ken"], ["Donald", "Don"],
        ["Lawrence", "Larry"], ["Gabriel", "Gabe"], ["Eleanor", "Ellie", "Nell"], ["Evelyn", "Evie", "Eve"],
        ["Amelia", "Millie", "Amy"], ["Florence", "Flo"], ["Nathan", "Nathaniel", "Nate"], ["Leonard", "Leo", "Len"],
    ]

    /// Skeleton → bit set of group numbers (a name is in at most a few groups; 4 are kept).
    static let bySkeleton: [ShortText: [UInt16]] = {
        var table: [ShortText: [UInt16]] = [:]
        for (number, group) in groups.enumerated() {
            for name in group {
                let key = NameSkeleton.of(name)
                if !(table[key] ?? []).contains(UInt16(number + 1)) { table[key, default: []].append(UInt16(number + 1)) }
            }
        }
        return table
    }()

    /// Packs up to four group numbers (1-based) of a first-name skeleton; 0 when unknown.
    static func packed(_ skeleton: ShortText) -> UInt64 {
        guard let numbers = bySkeleton[skeleton] else { return 0 }
        var packed: UInt64 = 0
        for (slot, number) in numbers.prefix(4).enumerated() { packed |= UInt64(number) << (16 * UInt64(slot)) }
        return packed
    }

    /// Skeleton of each group's full form, by group number (1-based; index 0 unused).
    static let fullForms: [ShortText] = [ShortText()] + groups.map { NameSkeleton.of($0[0]) }

    /// Whether `skeleton` is a typo of the full form of one of `groups` (Екатлрина for Катя's Екатерина).
    static func isTypoOfFullForm(_ skeleton: ShortText, groups: UInt64) -> Bool {
        var packed = groups
        while packed != 0 {
            let form = fullForms[Int(packed & 0xFFFF)]
            if StringSimilarity.jaroWinkler(skeleton, form, atLeast: NameLevels.typoSimilarity) >= NameLevels.typoSimilarity {
                return true
            }
            packed >>= 16
        }
        return false
    }

    /// First letter of each group's full form, by group number (1-based; index 0 unused).
    static let fullFormInitials: [UInt8] = [0] + groups.map { NameSkeleton.of($0[0]).first }

    /// The initials bit set of a name: its skeleton's first letter and its groups' full forms'.
    static func initials(of skeleton: ShortText, groups: UInt64) -> UInt32 {
        var bits = bit(skeleton.first)
        for number in members(groups) { bits |= bit(fullFormInitials[Int(number)]) }
        return bits
    }

    private static func bit(_ letter: UInt8) -> UInt32 {
        letter >= 0x61 && letter <= 0x7A ? 1 << UInt32(letter - 0x61) : 0
    }

    /// Skeletons of every first name the normalizer knows (Russian and English lists).
    static let knownFirstNames: Set<ShortText> = Set((NameNormalizer.russianFirstNames + NameNormalizer.englishFirstNames)
        .map { NameSkeleton.of($0) })

    static func isKnownFirstName(_ skeleton: ShortText) -> Bool {
        knownFirstNames.contains(skeleton)
    }

    /// Whether two packed group sets share a group.
    static func intersect(_ a: UInt64, _ b: UInt64) -> Bool {
        if a == 0 || b == 0 { return false }
        for i in 0..<4 {
            let x = (a >> (16 * UInt64(i))) & 0xFFFF
            if x == 0 { break }
            for j in 0..<4 {
                let y = (b >> (16 * UInt64(j))) & 0xFFFF
                if y == 0 { break }
                if x == y { return true }
            }
        }
        return false
    }

    /// The group numbers in a packed set.
    static func members(_ packed: UInt64) -> [UInt64] {
        (0..<4).map { (packed >> (16 * UInt64($0))) & 0xFFFF }.filter { $0 != 0 }
    }
}
