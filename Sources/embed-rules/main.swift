// embed-rules OUTPUT FILE...
//
// Reads each rule FILE (Rules/<id>.yaml) with PlanCatalogue's RuleFileReader and writes a
// Swift source file that builds the rules as values. Used at build time by
// EmbedRulesPlugin, so planlint carries its catalogue and parses no rule file when it
// runs. A broken rule file fails the build with the reader's positioned error.
import Foundation
import PlanCatalogue

/// Writes a line to standard error.
func complain(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}

let arguments = CommandLine.arguments.dropFirst()
guard let output = arguments.first else {
    complain("usage: embed-rules OUTPUT FILE...")
    exit(2)
}

var specs: [RuleSpec] = []
var broken = false
for path in arguments.dropFirst() {
    let name = URL(fileURLWithPath: path).lastPathComponent
    do {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        var spec = try RuleFileReader.read(text: text, origin: path)
        try RuleFileReader.checkFileName(of: spec, path: path)
        spec.origin = "Rules/" + name
        specs.append(spec)
    } catch let error as SetupError {
        // As a compiler reports it, so the build log and editors point at the line.
        let at = error.line > 0 ? "\(error.file):\(error.line):\(error.column)" : error.file
        complain("\(at): error: \(error.message)")
        broken = true
    } catch {
        complain("\(path): error: cannot read the rule file: \(error)")
        broken = true
    }
}
if broken { exit(1) }

do {
    try CatalogueSource.file(specs).write(toFile: output, atomically: true, encoding: .utf8)
} catch {
    complain("embed-rules: cannot write \(output): \(error)")
    exit(1)
}
