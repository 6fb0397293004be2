using HealthFlows.ErpSandbox;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddErpSandbox(options => builder.Configuration.GetSection("ErpSandbox").Bind(options));
builder.Services.AddHealthChecks();

var app = builder.Build();
app.MapErpSandbox();
// For the container's health probe (docker-compose.yml).
app.MapHealthChecks("/health");
app.Run();
