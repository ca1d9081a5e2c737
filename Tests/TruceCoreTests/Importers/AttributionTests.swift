import Foundation
import Testing
@testable import TruceCore

@Suite struct AttributionTests {
    private func touch(url: String? = nil, source: String? = nil, medium: String? = nil) -> Touchpoint {
        var touch = Touchpoint(time: Date(timeIntervalSince1970: 0))
        touch.landingURL = url
        touch.source = source
        touch.medium = medium
        return Attribution.completed(touch)
    }

    @Test func utmTagsAndClickIDsComeFromTheLandingURL() {
        let t = touch(url: "https://school.example/python?utm_source=yandex&UTM_MEDIUM=cpc&utm_campaign=brand%20msk"
                      + "&utm_term=%D0%BA%D1%83%D1%80%D1%81%D1%8B+python&yclid=987654&x=1#utm_content=banner_1")
        #expect(t.source == "yandex" && t.medium == "cpc" && t.campaign == "brand msk")
        #expect(t.term == "курсы python" && t.content == "banner_1" && t.yclid == "987654")
        #expect(t.platform == "yandex_direct")
    }

    @Test func mappedValuesWinOverTheURL() {
        let t = touch(url: "https://a.example/?utm_source=google&gclid=abc", source: "newsletter")
        #expect(t.source == "newsletter" && t.gclid == "abc" && t.platform == "google_ads")
    }

    @Test func platformComesFromPaidTrafficOnly() {
        #expect(touch(source: "facebook", medium: "paid").platform == "meta")
        #expect(touch(source: "vk", medium: "cpc").platform == "vk_ads")
        #expect(touch(source: "google", medium: "organic").platform == nil)
        #expect(touch(source: "webinar").platform == nil)
        #expect(touch(url: "https://a.example/?fbclid=IwAR0").platform == "meta")
    }

    @Test func aURLWithoutTagsChangesNothing() {
        let t = touch(url: "https://a.example/page")
        #expect(t.source == nil && t.platform == nil && t.landingURL == "https://a.example/page")
    }
}
