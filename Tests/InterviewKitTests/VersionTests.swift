import InterviewKit
import Testing

@Test func versionIsSemantic() {
    #expect(InterviewKit.version.split(separator: ".").count == 3)
}
