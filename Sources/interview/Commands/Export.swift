import ArgumentParser
import Foundation
import InterviewKit

extension Interview {
    /// `interview export SESSION --format md|html|json`.
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Export one session as Markdown, HTML or JSON.")

        enum Format: String, ExpressibleByArgument, CaseIterable {
            case md, html, json
        }

        @OptionGroup var rubrics: RubricOptions
        @OptionGroup var sessions: SessionOptions

        @Argument(help: "The session id.")
        var session: String

        @Option(help: "md, html or json.")
        var format: Format = .md

        @Option(name: [.short, .long], help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
        var output: String?

        func run() throws {
            do {
                let loaded = try sessions.store.load(id: session)
                let text = switch format {
                case .md: SessionDocument.markdown(loaded, timeZone: .current)
                case .html: SessionDocument.html(loaded, timeZone: .current)
                case .json: try SessionDocument.json(loaded)
                }
                if let output {
                    try PrivateFile.write(text, to: URL(fileURLWithPath: output))
                } else {
                    print(text, terminator: "")
                }
            } catch {
                throw fail(error)
            }
        }
    }
}
