/// Common English first names and short forms, plus Latin spellings of Russian names.
extension NameNormalizer {
    static let englishFirstNames: [String] = [
        // Male
        "James", "John", "Robert", "Michael", "William", "David", "Richard", "Joseph", "Thomas", "Charles",
        "Christopher", "Daniel", "Matthew", "Anthony", "Mark", "Donald", "Steven", "Paul", "Andrew", "Joshua",
        "Kenneth", "Kevin", "Brian", "George", "Timothy", "Ronald", "Edward", "Jason", "Jeffrey", "Ryan",
        "Jacob", "Gary", "Nicholas", "Eric", "Jonathan", "Stephen", "Larry", "Justin", "Scott", "Brandon",
        "Benjamin", "Samuel", "Gregory", "Alexander", "Frank", "Patrick", "Raymond", "Jack", "Dennis", "Jerry",
        "Tyler", "Aaron", "Jose", "Adam", "Nathan", "Henry", "Douglas", "Zachary", "Peter", "Kyle", "Ethan",
        "Walter", "Noah", "Jeremy", "Christian", "Keith", "Roger", "Terry", "Gerald", "Harold", "Sean",
        "Austin", "Carl", "Arthur", "Lawrence", "Dylan", "Jesse", "Jordan", "Bryan", "Billy", "Joe", "Bruce",
        "Gabriel", "Logan", "Albert", "Willie", "Alan", "Juan", "Wayne", "Elijah", "Randy", "Roy", "Vincent",
        "Ralph", "Eugene", "Russell", "Bobby", "Mason", "Philip", "Louis", "Liam", "Oliver", "Lucas", "Leo",
        "Oscar", "Harry", "Charlie", "Max", "Mike", "Tom", "Bob", "Bill", "Jim", "Dave", "Steve", "Chris",
        "Matt", "Tony", "Nick", "Dan", "Sam", "Ben", "Alex", "Andy", "Martin", "Simon", "Ian", "Neil",
        // Female
        "Mary", "Patricia", "Jennifer", "Linda", "Elizabeth", "Barbara", "Susan", "Jessica", "Sarah", "Karen",
        "Lisa", "Nancy", "Betty", "Margaret", "Sandra", "Ashley", "Kimberly", "Emily", "Donna", "Michelle",
        "Carol", "Amanda", "Dorothy", "Melissa", "Deborah", "Stephanie", "Rebecca", "Sharon", "Laura",
        "Cynthia", "Kathleen", "Amy", "Angela", "Shirley", "Anna", "Brenda", "Pamela", "Emma", "Nicole",
        "Helen", "Samantha", "Katherine", "Christine", "Debra", "Rachel", "Carolyn", "Janet", "Catherine",
        "Maria", "Heather", "Diane", "Ruth", "Julie", "Olivia", "Joyce", "Virginia", "Victoria", "Kelly",
        "Lauren", "Christina", "Joan", "Evelyn", "Judith", "Megan", "Andrea", "Cheryl", "Hannah",
        "Jacqueline", "Martha", "Gloria", "Teresa", "Ann", "Sara", "Madison", "Frances", "Kathryn", "Janice",
        "Jean", "Abigail", "Alice", "Julia", "Judy", "Sophia", "Grace", "Denise", "Amber", "Doris", "Marilyn",
        "Danielle", "Beverly", "Isabella", "Theresa", "Diana", "Natalie", "Brittany", "Charlotte", "Marie",
        "Kayla", "Alexis", "Lori", "Chloe", "Mia", "Ella", "Lily", "Zoe", "Zoë", "Kate", "Jane", "Lucy",
        "Sophie", "Claire", "Jenny", "Liz", "Anne",
        // Russian names in Latin script
        "Ivan", "Dmitry", "Dmitriy", "Dmitrii", "Sergey", "Sergei", "Alexey", "Aleksey", "Alexei", "Andrey",
        "Andrei", "Mikhail", "Nikolay", "Nikolai", "Vladimir", "Pavel", "Artem", "Artyom", "Maxim", "Maksim",
        "Yuri", "Yury", "Oleg", "Igor", "Evgeny", "Evgeniy", "Roman", "Denis", "Anton", "Kirill", "Ilya",
        "Egor", "Anastasia", "Ekaterina", "Elena", "Olga", "Tatiana", "Tatyana", "Natalia", "Natalya",
        "Irina", "Svetlana", "Yulia", "Ksenia", "Daria", "Darya", "Marina", "Polina", "Alina", "Vera",
        "Nadezhda", "Lyudmila", "Galina", "Valentina", "Viktoria", "Sasha", "Dasha", "Masha", "Katya",
        "Nastya", "Dima", "Misha",
    ]

    /// UTF-8 match keys of every known first name (byte keys hash without Unicode normalization).
    static let knownFirstNames: Set<NameKey> = Set((russianFirstNames + englishFirstNames).map { NameKey(Array(matchKey($0).utf8)) })

    /// UTF-8 bytes of a match key, hashed in one call instead of byte by byte or via Unicode normalization.
    struct NameKey: Hashable {
        let bytes: [UInt8]
        init(_ bytes: [UInt8]) { self.bytes = bytes }
        func hash(into hasher: inout Hasher) {
            bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
        }
    }
}
