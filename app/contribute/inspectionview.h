#pragma once

// The inspection report as the Contribute page shows it: the JSON `datadao-cli dataset inspect
// --json` prints (so the window and scripts read the same report), each finding with its
// severity also as a ContributeController::Severity ("level") for the view to compare, and
// "hasErrors".

#include "quality/inspection.h"

#include <QVariantMap>

namespace dd::app {

QVariantMap inspectionForView(const quality::Inspection &inspection);

} // namespace dd::app
