import Foundation

/// Fills a touchpoint's attribution from what it already carries: UTM tags and click ids in its
/// landing URL, and the ad platform implied by a click id or a paid `utm_source`.
///
/// Mapped values always win; the URL only fills gaps. Pure; used by every importer.
enum Attribution {
    /// Query keys read from a landing URL (lower-cased).
    static let tags = ["utm_source", "utm_medium", "utm_campaign", "utm_content", "utm_term", "gclid", "yclid", "fbclid"]

    static func completed(_ touch: Touchpoint) -> Touchpoint {
        var touch = touch
        complete(&touch)
        return touch
    }

    /// `completed`, in place: the mapper's hot path fills its own touchpoint instead of copying
    /// every field of it.
    static func complete(_ touch: inout Touchpoint) {
        if let url = touch.landingURL {
            let query = parameters(url)
            func fill(_ field: inout String?, _ key: String) {
                if field == nil, let value = query[key], !value.isEmpty { field = value }
            }
            fill(&touch.source, "utm_source")
            fill(&touch.medium, "utm_medium")
            fill(&touch.campaign, "utm_campaign")
            fill(&touch.content, "utm_content")
            fill(&touch.term, "utm_term")
            fill(&touch.gclid, "gclid")
            fill(&touch.yclid, "yclid")
            fill(&touch.fbclid, "fbclid")
        }
        if touch.platform == nil { touch.platform = platform(of: touch) }
    }

    /// The tracked parameters of a URL's query (and of a fragment that looks like one), decoded.
    static func parameters(_ url: String) -> [String: String] {
        guard let start = url.firstIndex(where: { $0 == "?" || $0 == "#" }) else { return [:] }
        var result: [String: String] = [:]
        for pair in url[url.index(after: start)...].split(whereSeparator: { $0 == "&" || $0 == "?" || $0 == "#" }) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard parts.count == 2 else { continue }
            let key = String(parts[0]).lowercased()
            guard tags.contains(key), result[key] == nil else { continue }
            let raw = String(parts[1]).replacingOccurrences(of: "+", with: " ")
            let value = (raw.removingPercentEncoding ?? raw).trimmingCharacters(in: .whitespaces)
            if !value.isEmpty { result[key] = value }
        }
        return result
    }

    /// Media values that mean paid traffic, so `utm_source` names the ad platform.
    static let paidMedia: Set<String> = [
        "cpc", "ppc", "cpm", "cpa", "cpv", "paid", "paid_social", "paidsocial", "paid-social", "lead_form",
        "leadform", "lead-form", "display", "banner", "retargeting", "social_paid",
    ]

    static let sourcePlatforms: [(names: Set<String>, platform: String)] = [
        (["facebook", "fb", "instagram", "ig", "meta"], "meta"),
        (["google", "google_ads", "adwords"], "google_ads"),
        (["yandex", "yandex_direct", "direct", "ya"], "yandex_direct"),
        (["vk", "vkontakte", "vk_ads", "mytarget"], "vk_ads"),
    ]

    static func platform(of touch: Touchpoint) -> String? {
        if touch.gclid != nil { return "google_ads" }
        if touch.yclid != nil { return "yandex_direct" }
        if touch.fbclid != nil { return "meta" }
        guard let source = touch.source.map(NormalizerText.lowercased), let medium = touch.medium.map(NormalizerText.lowercased),
              paidMedia.contains(medium) else { return nil }
        return sourcePlatforms.first { $0.names.contains(source) }?.platform
    }
}
