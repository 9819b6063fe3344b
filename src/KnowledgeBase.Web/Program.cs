using KnowledgeBase.Web.Cli;

return await CommandLine.RunAsync(args);

/// <summary>Public so that tests can start the site with <c>WebApplicationFactory&lt;Program&gt;</c>.</summary>
public partial class Program;
