#pragma once

// What the script tests share.

#include "core/scripting/scriptjob.h"

#include <QStringList>

namespace wirescope::test {

/// The script errors and failed tests of @p r, one per line (empty when all passed).
inline QString failures(const ScriptRunResult &r)
{
    QStringList out;
    for (const ScriptError &e : r.errors)
        out.append(e.describe());
    for (const ScriptTestResult &t : r.tests) {
        if (!t.passed)
            out.append(t.name + QStringLiteral(": ") + t.message);
    }
    return out.join(u'\n');
}

} // namespace wirescope::test
