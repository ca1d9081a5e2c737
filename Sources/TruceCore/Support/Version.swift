public enum TruceVersion { public static let current = "0.1.0" }
