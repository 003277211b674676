/// The version `interview --version` prints.
public let version = "0.1.0"
