import Foundation

/// Finds the rubric folder: `--rubrics DIR`, else `INTERVIEW_RUBRICS`, else `./Rubrics`, else the
/// `Rubrics` folder shipped beside the executable (found by walking up from it, e.g. from `.build/release`).
public enum RubricLocation {
    /// The environment variable that moves the rubric folder.
    public static let environmentVariable = "INTERVIEW_RUBRICS"

    /// The folder to load, as URL and as the user would name it, and the shipped folder for shared files.
    public static func resolve(explicit: String?, environment: [String: String], currentDirectory: URL,
                               executable: URL) -> (folder: URL, displayName: String, shipped: URL?) {
        let shipped = shippedFolder(near: executable) ?? shippedFolder(near: currentDirectory.appendingPathComponent("x"))
        if let path = explicit ?? environment[environmentVariable], !path.isEmpty {
            return (URL(fileURLWithPath: path, relativeTo: currentDirectory).standardizedFileURL, path, shipped)
        }
        let local = currentDirectory.appendingPathComponent("Rubrics")
        if FileManager.default.fileExists(atPath: local.appendingPathComponent("lexicon.yaml").path) {
            return (local, "Rubrics", shipped)
        }
        let folder = shipped ?? local
        return (folder, folder.path, shipped)
    }

    /// The nearest `Rubrics` folder holding a lexicon, walking up from `file`'s folder.
    static func shippedFolder(near file: URL) -> URL? {
        var directory = file.resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<8 {
            let candidate = directory.appendingPathComponent("Rubrics")
            if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("lexicon.yaml").path) {
                return candidate
            }
            let parent = directory.deletingLastPathComponent()
            if parent.path == directory.path { break }
            directory = parent
        }
        return nil
    }
}
