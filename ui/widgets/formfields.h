#pragma once

#include <QString>

class QComboBox;
class QLineEdit;
class QWidget;

namespace wirescope {

/// A line edit for a form: its object name (for tests and settings), its accessible name (for
/// screen readers and the accessibility bus) and an optional placeholder.
QLineEdit *namedLineEdit(QWidget *parent,
                         const QString &objectName,
                         const QString &accessibleName,
                         const QString &placeholder = {});

/// Selects the item of `combo` whose data is `key`; a value the combo does not offer is added
/// as written and selected, so showing a saved setting and saving it again never changes it.
void selectDataOrAddAsWritten(QComboBox *combo, const QString &key, const QString &asWritten);

} // namespace wirescope
