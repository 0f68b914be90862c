#pragma once

#include "ui/dialogs/systemdialogs.h"

namespace wirescope {

/// What a widget asks its dialogs through: the Dialogs the window handed it, or else the real
/// ones, so a widget made on its own (a unit test of just that widget) still asks as Qt would.
class DialogsHandle final
{
public:
    void set(Dialogs *dialogs) { m_dialogs = dialogs; } // not owned; null: the real dialogs
    Dialogs *operator->() { return m_dialogs ? m_dialogs : &m_system; }

private:
    Dialogs *m_dialogs = nullptr; // not owned
    SystemDialogs m_system;
};

} // namespace wirescope
