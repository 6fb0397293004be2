using HealthFlows.Server;

var app = HealthFlowsApp.Build(args);
await HealthFlowsApp.RunAsync(app);
