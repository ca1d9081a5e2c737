import Testing
@testable import TruceCore

/// The hard cases of the issue: families, namesakes, chains, switchboards, test leads, human links.
@Suite struct ClusteringScenarioTests {
    typealias R = MatchTestSupport

    private func profiles(_ records: [MatchRecord], links: MatchLinks = .none) -> [Int64: String] {
        R.profiles(records, MatchFixtures.resolve(records, links: links))
    }

    @Test func onePersonAcrossSources() {
        let records = [
            R.record(1, first: "Саша", last: "Петров", phone: "+79161234567"),
            R.record(2, first: "Александр", last: "Петров", middle: "Иванович", email: "a.petrov@mail.ru", phone: "+79161234567"),
            R.record(3, first: "Aleksandr", last: "Petrov", email: "a.petrov@mail.ru"),
            R.record(4, first: "Петров", last: "Александр", email: "a.petrov@mail.ru"),
        ]
        let ids = profiles(records)
        #expect(Set(ids.values).count == 1)
    }

    @Test func familySharingAHomePhoneIsTwoPeople() {
        let records = [
            R.record(1, first: "Иван", last: "Смирнов", email: "ivan.smirnov@mail.ru", phone: "+74951234567"),
            R.record(2, first: "Мария", last: "Смирнова", email: "maria.smirnova@yandex.ru", phone: "+74951234567"),
            R.record(3, last: "Смирнов", phone: "+74951234567"),  // could be either: must not glue them
            R.record(4, first: "Иван", last: "Смирнов", email: "ivan.smirnov@mail.ru"),
            R.record(5, first: "Мария", phone: "+74951234567", city: "Москва"),
        ]
        let ids = profiles(records)
        #expect(ids[1] != ids[2])
        #expect(ids[1] == ids[4])
        #expect(ids[5] != ids[1])
    }

    @Test func namesakesWithDifferentContactsAreTwoPeople() {
        let records = [
            R.record(1, first: "Иван", last: "Петров", email: "ivan.petrov84@mail.ru", phone: "+79161112233"),
            R.record(2, first: "Иван", last: "Петров", email: "ivan.petrov85@mail.ru", phone: "+79037778899"),
            R.record(3, first: "Аристарх", last: "Пантелеймонов", email: "arist@mail.ru", phone: "+79161110000"),
            R.record(4, first: "Аристарх", last: "Пантелеймонов", email: "pant@yandex.ru", phone: "+79264445566"),
        ]
        let ids = profiles(records)
        #expect(ids[1] != ids[2])
        #expect(ids[3] != ids[4])
    }

    @Test func namesAloneGoToReviewNotToAProfile() {
        let records = [
            R.record(1, first: "Аристарх", last: "Пантелеймонов", phone: "+79161110000"),
            R.record(2, first: "Аристарх", last: "Пантелеймонов", email: "pant@yandex.ru"),
        ]
        let resolution = MatchFixtures.resolve(records)
        let ids = R.profiles(records, resolution)
        #expect(ids[1] != ids[2])
        #expect(resolution.review.contains { Set([$0.a, $0.b]) == [1, 2] })
    }

    @Test func switchboardPhoneJoinsNobody() {
        let names = ["Иван", "Мария", "Олег", "Анна", "Денис", "Ольга", "Павел"]
        let records = names.enumerated().map { index, name in
            R.record(Int64(index + 1), first: name, last: "Сотрудник\(index)", email: "e\(index)@firm.ru", phone: "+74951234500")
        }
        let resolution = MatchFixtures.resolve(records)
        #expect(Set(R.profiles(records, resolution).values).count == names.count)
        #expect(resolution.summary.sharedIdentifiers == 1)
    }

    @Test func testLeadsGetNoProfile() {
        let records = [
            MatchRecord(id: 1, fullName: "<test lead: dummy data for full_name>",
                        emails: [EmailNormalizer.normalize("test@meta.com").value].compactMap { $0 }, seed: "t1"),
            MatchRecord(id: 2, fullName: "<test lead: dummy data for full_name>", seed: "t2"),
            R.record(3, first: "Иван", phone: "+79161234567"),
        ]
        let resolution = MatchFixtures.resolve(records)
        #expect(resolution.unassigned == [1, 2])
        #expect(R.profiles(records, resolution).count == 1)
    }

    @Test func mustAndCannotLinksAreHonoured() {
        let records = [
            R.record(1, first: "Иван", last: "Петров", email: "ivan@mail.ru", phone: "+79161234567"),
            R.record(2, first: "Иван", last: "Петров", email: "ivan@mail.ru", phone: "+79161234567"),
            R.record(3, first: "Ольга", last: "Сидорова", phone: "+79035550000"),
        ]
        let links = MatchLinks(mustLink: [RecordPair(1, 3)], cannotLink: [RecordPair(1, 2)])
        let ids = profiles(records, links: links)
        #expect(ids[1] == ids[3])
        #expect(ids[1] != ids[2])
    }
}
