using BenchmarkDotNet.Running;

// Run all benchmarks:      dotnet run -c Release --project benchmarks/PeerSupport.Benchmarks -- --filter '*'
// Run one feature:         dotnet run -c Release --project benchmarks/PeerSupport.Benchmarks -- --filter '*Scoring*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
