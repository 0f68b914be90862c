#include "ui/widgets/formfields.h"

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

} // namespace wirescope
