#pragma once

#include <QString>

class QLineEdit;
class QWidget;

namespace wirescope {

/// A line edit for a form: its object name (for tests and settings), its accessible name (for
/// screen readers and the accessibility bus) and an optional placeholder.
QLineEdit *namedLineEdit(QWidget *parent,
                         const QString &objectName,
                         const QString &accessibleName,
                         const QString &placeholder = {});

} // namespace wirescope
