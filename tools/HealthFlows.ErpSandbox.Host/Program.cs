using HealthFlows.ErpSandbox;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddErpSandbox(options => builder.Configuration.GetSection("ErpSandbox").Bind(options));

var app = builder.Build();
app.MapErpSandbox();
app.Run();
