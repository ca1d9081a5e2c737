import Foundation
import Testing
@testable import TruceCore

/// The golden profile's field rules, on facts fed in import order.
@Suite struct SurvivorshipTests {
    static func origin(_ source: String, _ role: SourceRole, _ sequence: Int64) -> FactOrigin {
        FactOrigin(source: source, role: role, sequence: sequence)
    }

    static func person(city: String? = nil, owner: String? = nil, name: String? = nil) -> PersonFacts {
        PersonFacts(fullName: name, city: city, owner: owner, needs: [], objections: [], interests: [])
    }

    /// Three records: CRM (owner Ирина, city Москва), sheet (owner Пётр, city Казань), then
    /// marketing (city Москва).
    static func build(_ rules: Survivorship) -> Profile {
        var builder = ProfileBuilder(id: "p_1", rules: rules)
        builder.add(person: person(city: "Москва", owner: "Ирина", name: "Анна Смирнова"), origin: origin("amo", .crm, 1))
        builder.add(person: person(city: "Казань", owner: "Пётр", name: "Смирнова Анна Петровна"), origin: origin("sheet", .sheet, 2))
        builder.add(person: person(city: "Москва", name: "Anna"), origin: origin("meta", .marketing, 3))
        builder.add(deal: DealFacts(outcome: .open, stage: "Переговоры"), origin: origin("amo", .crm, 1))
        let early = Date(timeIntervalSince1970: 1_000), late = Date(timeIntervalSince1970: 2_000)
        builder.add(touchAt: early, TouchFacts(platform: "site", campaign: nil, source: "direct", medium: nil), origin: origin("sheet", .sheet, 2))
        builder.add(touchAt: late, TouchFacts(platform: "meta", campaign: "Осень", source: "fb", medium: "cpc"), origin: origin("meta", .marketing, 3))
        return builder.profile
    }

    @Test func defaultsFollowDepartmentOwnership() {
        let profile = Self.build(Survivorship())
        #expect(profile.owner == "Ирина", "the CRM owns the responsible manager, though the sheet is newer")
        #expect(profile.dealStage == "Переговоры")
        #expect(profile.city == "Москва" && profile.fullName == "Anna", "contact fields: newest non-empty")
        #expect(profile.firstTouchPlatform == "meta" && profile.firstTouchSource == "fb" && profile.firstTouchMedium == "cpc",
                "marketing owns first touch even when a sheet saw the person earlier")
        #expect(profile.lifecycleStage == "opportunity")
    }

    @Test func configuredRulesWin() {
        let rules = Survivorship(rules: [.owner: .priority(["sheet"]), .city: .oldest, .fullName: .priority(["sheet"]),
                                         .firstTouch: .newest])
        let profile = Self.build(rules)
        #expect(profile.owner == "Пётр")
        #expect(profile.city == "Москва")
        #expect(profile.fullName == "Смирнова Анна Петровна")
        #expect(profile.firstTouchPlatform == "site", "without a role list the earliest touch is first")
    }

    @Test func mostCommonBreaksTiesTowardsTheNewest() {
        var rules = Survivorship(rules: [.city: .mostCommon])
        #expect(Self.build(rules).city == "Москва")
        var builder = ProfileBuilder(id: "p_2", rules: rules)
        builder.add(person: Self.person(city: "Тула"), origin: Self.origin("a", .sheet, 1))
        builder.add(person: Self.person(city: "Омск"), origin: Self.origin("b", .sheet, 2))
        #expect(builder.profile.city == "Омск")
        rules.roles = ["a": .crm]
        #expect(rules.rule(.owner) == .priority(["crm", "sheet"]))
    }

    @Test(arguments: [("amocrm_deals", SourceRole.crm), ("bitrix24_leads", .crm), ("meta_lead_ads", .marketing),
                      ("google_ads_report", .marketing), ("generic", .sheet), ("yandex_direct_api", .marketing)])
    func rolesDefaultFromTheImporter(kind: String, role: SourceRole) {
        #expect(ImporterRegistry.builtIn.role(of: kind) == role)
    }
}
