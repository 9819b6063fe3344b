namespace KnowledgeBase.Interchange;

// One class per CSV table, all cells as text: conversion and validation happen in CatalogValidator so
// that every bad cell becomes an ImportError with its file, line and column instead of an exception.

public sealed class LayerRow { public string Slug { get; set; } = ""; public string Order { get; set; } = ""; public string Name { get; set; } = ""; public string Summary { get; set; } = ""; }

public sealed class ComponentRow { public string Slug { get; set; } = ""; public string Layer { get; set; } = ""; public string Order { get; set; } = ""; public string Name { get; set; } = ""; public string Summary { get; set; } = ""; }

public sealed class PipelineRow { public string Slug { get; set; } = ""; public string Order { get; set; } = ""; public string Name { get; set; } = ""; public string Color { get; set; } = ""; public string Summary { get; set; } = ""; }

public sealed class StageRow { public string Pipeline { get; set; } = ""; public string Order { get; set; } = ""; public string Name { get; set; } = ""; public string Components { get; set; } = ""; }

public sealed class RequirementRow { public string Code { get; set; } = ""; public string Layer { get; set; } = ""; public string Title { get; set; } = ""; public string Statement { get; set; } = ""; public string Kind { get; set; } = ""; public string Priority { get; set; } = ""; public string Tags { get; set; } = ""; }

public sealed class RequirementSourceRow { public string Requirement { get; set; } = ""; public string Source { get; set; } = ""; public string Note { get; set; } = ""; }

public sealed class RequirementComponentRow { public string Requirement { get; set; } = ""; public string Component { get; set; } = ""; }

public sealed class ToolRow { public string Slug { get; set; } = ""; public string Name { get; set; } = ""; public string Homepage { get; set; } = ""; public string Repository { get; set; } = ""; public string License { get; set; } = ""; public string Kind { get; set; } = ""; public string Vendor { get; set; } = ""; public string Summary { get; set; } = ""; public string Tags { get; set; } = ""; }

public sealed class CoverageRow { public string Tool { get; set; } = ""; public string Component { get; set; } = ""; public string Level { get; set; } = ""; public string Evidence { get; set; } = ""; }

public sealed class ToolRelationRow { public string Tool { get; set; } = ""; public string Relation { get; set; } = ""; public string Other { get; set; } = ""; public string Note { get; set; } = ""; public string Evidence { get; set; } = ""; }

public sealed class StackRow { public string Slug { get; set; } = ""; public string Name { get; set; } = ""; public string Author { get; set; } = ""; public string Contact { get; set; } = ""; public string Summary { get; set; } = ""; public string Date { get; set; } = ""; }

public sealed class StackToolRow { public string Stack { get; set; } = ""; public string Tool { get; set; } = ""; public string Component { get; set; } = ""; }

public sealed class GlossaryRow { public string Slug { get; set; } = ""; public string Term { get; set; } = ""; public string Synonyms { get; set; } = ""; public string OutsiderTerms { get; set; } = ""; public string Components { get; set; } = ""; public string Requirements { get; set; } = ""; public string Summary { get; set; } = ""; }

public sealed class ChecklistRow { public string Stack { get; set; } = ""; public string Requirement { get; set; } = ""; public string Status { get; set; } = ""; public string Owner { get; set; } = ""; public string Note { get; set; } = ""; public string Evidence { get; set; } = ""; }
