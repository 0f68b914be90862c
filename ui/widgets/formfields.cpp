#include "ui/widgets/formfields.h"

#include <QComboBox>
#include <QLineEdit>

namespace wirescope {

QLineEdit *namedLineEdit(QWidget *parent,
                         const QString &objectName,
                         const QString &accessibleName,
                         const QString &placeholder)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setPlaceholderText(placeholder);
    return edit;
}

void selectDataOrAddAsWritten(QComboBox *combo, const QString &key, const QString &asWritten)
{
    int index = combo->findData(key);
    if (index < 0) {
        combo->addItem(asWritten, asWritten);
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(index);
}

} // namespace wirescope
