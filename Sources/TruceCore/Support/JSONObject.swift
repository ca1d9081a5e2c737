import Foundation

/// Builds one JSON object with keys in insertion order, leaving out nil and empty values, so
/// canonical output (golden files, `inspect --json` samples) is short and deterministic.
struct JSONObject {
    private var members: [String] = []

    var isEmpty: Bool { members.isEmpty }

    mutating func add(_ key: String, _ value: String?) {
        if let value { members.append("\(JSONText.quote(key)):\(JSONText.quote(value))") }
    }

    mutating func add(_ key: String, _ values: [String]) {
        if !values.isEmpty { members.append("\(JSONText.quote(key)):\(JSONText.array(values))") }
    }

    mutating func add(_ key: String, _ value: Int?) {
        if let value { members.append("\(JSONText.quote(key)):\(value)") }
    }

    mutating func add(_ key: String, _ value: Decimal?) {
        add(key, value.map(StoreWriter.decimal))
    }

    mutating func add(_ key: String, _ value: Date?) {
        add(key, value.map(Timestamp.iso))
    }

    mutating func add(_ key: String, object: JSONObject?) {
        if let object, !object.isEmpty { members.append("\(JSONText.quote(key)):\(object.text)") }
    }

    mutating func add(_ key: String, raw: String) {
        members.append("\(JSONText.quote(key)):\(raw)")
    }

    var text: String { "{" + members.joined(separator: ",") + "}" }
}
