/// The catalogue's data types (`RuleSpec`, `Severity`, `Language`, `SetupError`, …) and
/// `RuleFileReader` live in `PlanCatalogue`, below this module, so that the build tool
/// `embed-rules` can read `Rules/*.yaml` with them. Modules that use the rules see them
/// through `PlanRules`, as before the split.
@_exported import PlanCatalogue
