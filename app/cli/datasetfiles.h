#pragma once

// The dataset subcommands that read only local files (datasetfiles.cpp); the rest of `dataset`
// is datasetcommands.cpp, which dispatches to these.

namespace dd::cli {

class CommandLine;

int runDatasetInspect(const CommandLine &cl);
int runDatasetMetadata(const CommandLine &cl);

} // namespace dd::cli
