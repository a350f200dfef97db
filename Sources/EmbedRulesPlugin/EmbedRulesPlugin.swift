import Foundation
import PackagePlugin

/// Compiles the rule catalogue (`Rules/*.yaml` at the package root) into the module that
/// uses this plugin: `embed-rules` reads each file with `RuleFileReader` and writes Swift
/// that builds the `RuleSpec` values, so an installed `planlint` carries its rules, needs
/// no files and parses none at run time. A broken rule file fails the build.
@main
struct EmbedRulesPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let rules = context.package.directoryURL.appending(path: "Rules")
        let files = try FileManager.default
            .contentsOfDirectory(at: rules, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "yaml" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedRules.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(files.count) rule files from Rules/",
                executable: try context.tool(named: "embed-rules").url,
                arguments: [output.path] + files.map(\.path),
                inputFiles: files,
                outputFiles: [output]
            ),
        ]
    }
}
