#include "ui/graphql/schemabrowser.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSplitter>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace wirescope {

namespace {

using graphql::Field;
using graphql::InputValue;
using graphql::Schema;
using graphql::Type;
using graphql::TypeKind;

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString keyword(TypeKind kind)
{
    switch (kind) {
    case TypeKind::Object:
        return QStringLiteral("type");
    case TypeKind::Interface:
        return QStringLiteral("interface");
    case TypeKind::Union:
        return QStringLiteral("union");
    case TypeKind::Enum:
        return QStringLiteral("enum");
    case TypeKind::InputObject:
        return QStringLiteral("input");
    case TypeKind::Scalar:
        break;
    }
    return QStringLiteral("scalar");
}

QString description(const QString &text)
{
    if (text.isEmpty())
        return {};
    return QStringLiteral("<br><span style=\"color:#6b6b6b\">%1</span>").arg(esc(text));
}

QString deprecation(bool deprecated, const QString &reason)
{
    if (!deprecated)
        return {};
    return QStringLiteral("<br><span style=\"color:#b06000\">deprecated%1</span>")
        .arg(reason.isEmpty() ? QString() : QStringLiteral(": ") + esc(reason));
}

} // namespace

SchemaBrowser::SchemaBrowser(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("schemaBrowser"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("schemaBrowserStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("schemaBrowserFilter"));
    m_filter->setAccessibleName(tr("Filter the schema's types"));
    m_filter->setPlaceholderText(tr("Filter types and fields"));
    m_filter->setClearButtonEnabled(true);
    layout->addWidget(m_filter);
    auto *split = new QSplitter(Qt::Vertical, this);
    m_types = new QListWidget(split);
    m_types->setObjectName(QStringLiteral("schemaBrowserTypes"));
    m_types->setAccessibleName(tr("Schema types"));
    m_detail = new QTextBrowser(split);
    m_detail->setObjectName(QStringLiteral("schemaBrowserDetail"));
    m_detail->setAccessibleName(tr("Type details"));
    m_detail->setOpenLinks(false);
    split->addWidget(m_types);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 2);
    split->setSizes({140, 300}); // scaled to the real height: most of it for the type's fields
    layout->addWidget(split, 1);

    connect(m_filter, &QLineEdit::textChanged, this, &SchemaBrowser::rebuildList);
    connect(m_types, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (!item)
            return;
        m_current = item->data(Qt::UserRole).toString();
        renderCurrent();
    });
    connect(m_detail, &QTextBrowser::anchorClicked, this, &SchemaBrowser::onAnchorClicked);
    clear();
}

void SchemaBrowser::setSchema(const Schema &schema, const QDateTime &fetchedAt)
{
    m_schema = schema;
    m_fetchedAt = fetchedAt;
    m_current.clear();
    const qsizetype types =
        std::count_if(schema.types.cbegin(), schema.types.cend(),
                      [](const Type &t) { return !t.name.startsWith(QLatin1String("__")); });
    m_status->setText(fetchedAt.isValid() ? tr("Schema fetched at %1, %2 types")
                                                .arg(fetchedAt.toLocalTime().toString(
                                                    QStringLiteral("yyyy-MM-dd HH:mm:ss")))
                                                .arg(types)
                                          : tr("Schema (fetch time unknown), %1 types").arg(types));
    m_filter->setEnabled(true);
    rebuildList();
    if (m_types->count() > 0)
        m_types->setCurrentRow(0);
}

void SchemaBrowser::clear()
{
    m_schema = Schema{};
    m_fetchedAt = {};
    m_current.clear();
    m_status->setText(tr("No schema yet: click \u201cFetch schema\u201d to ask the request's URL "
                         "for it (the introspection query, with the request's headers and auth)."));
    m_filter->setEnabled(false);
    m_types->clear();
    m_detail->clear();
}

QString SchemaBrowser::statusText() const
{
    return m_status->text();
}

QString SchemaBrowser::detailText() const
{
    return m_detail->toPlainText();
}

QStringList SchemaBrowser::listedTypes() const
{
    QStringList out;
    for (int i = 0; i < m_types->count(); ++i)
        out.append(m_types->item(i)->data(Qt::UserRole).toString());
    return out;
}

void SchemaBrowser::rebuildList()
{
    const QString filter = m_filter->text().trimmed();
    const auto matches = [&filter](const Type &t) {
        if (filter.isEmpty() || t.name.contains(filter, Qt::CaseInsensitive))
            return true;
        return std::any_of(t.fields.cbegin(), t.fields.cend(),
                           [&filter](const Field &f) {
                               return f.name.contains(filter, Qt::CaseInsensitive);
                           })
               || std::any_of(t.inputFields.cbegin(), t.inputFields.cend(),
                              [&filter](const InputValue &v) {
                                  return v.name.contains(filter, Qt::CaseInsensitive);
                              });
    };
    const QSignalBlocker blocker(m_types);
    m_types->clear();
    const QList<QPair<QString, QString>> roots{
        {m_schema.queryType, tr("query root")},
        {m_schema.mutationType, tr("mutation root")},
        {m_schema.subscriptionType, tr("subscription root")}};
    QStringList rootNames;
    for (const auto &[name, role] : roots) {
        const Type *t = name.isEmpty() ? nullptr : m_schema.type(name);
        if (!t)
            continue;
        rootNames.append(name);
        if (!matches(*t))
            continue;
        auto *item = new QListWidgetItem(QStringLiteral("%1  \u2014 %2").arg(name, role), m_types);
        item->setData(Qt::UserRole, name);
        QFont bold = item->font();
        bold.setBold(true);
        item->setFont(bold);
    }
    QList<const Type *> others;
    for (const Type &t : m_schema.types) {
        if (!t.name.startsWith(QLatin1String("__")) && !rootNames.contains(t.name) && matches(t))
            others.append(&t);
    }
    std::sort(others.begin(), others.end(), [](const Type *a, const Type *b) {
        return a->name.compare(b->name, Qt::CaseInsensitive) < 0;
    });
    for (const Type *t : others) {
        auto *item =
            new QListWidgetItem(QStringLiteral("%1  %2").arg(t->name, keyword(t->kind)), m_types);
        item->setData(Qt::UserRole, t->name);
    }
    // Keep the shown type selected when the filter still lists it.
    const int row = int(listedTypes().indexOf(m_current));
    if (row >= 0)
        m_types->setCurrentRow(row);
}

bool SchemaBrowser::showType(const QString &name)
{
    if (!m_schema.type(name) || name.startsWith(QLatin1String("__")))
        return false;
    if (!listedTypes().contains(name))
        m_filter->clear(); // rebuilds the list with every type
    const int row = int(listedTypes().indexOf(name));
    if (row < 0)
        return false;
    m_types->setCurrentRow(row);
    m_current = name;
    renderCurrent();
    return true;
}

void SchemaBrowser::onAnchorClicked(const QUrl &url)
{
    const QString target = url.path();
    if (url.scheme() == QLatin1String("type"))
        showType(target);
    else if (url.scheme() == QLatin1String("insert"))
        emit insertRequested(target);
}

QString SchemaBrowser::fieldSignature(const Field &field)
{
    QStringList args;
    for (const InputValue &a : field.args) {
        args.append(
            a.name + QStringLiteral(": ") + a.type
            + (a.defaultValue.isEmpty() ? QString() : QStringLiteral(" = ") + a.defaultValue));
    }
    return field.name + (args.isEmpty() ? QString() : u'(' + args.join(QStringLiteral(", ")) + u')')
           + QStringLiteral(": ") + field.type;
}

QString SchemaBrowser::typeLink(const QString &spelled, const QString &named) const
{
    const qsizetype at = spelled.indexOf(named);
    if (named.isEmpty() || at < 0 || !m_schema.type(named) || named.startsWith(QLatin1String("__")))
        return esc(spelled);
    // Only the named type is a link; the [ ] and ! wrappers stay text: [<a>Book</a>!]!
    return esc(spelled.left(at)) + QStringLiteral("<a href=\"type:%1\">%1</a>").arg(esc(named))
           + esc(spelled.mid(at + named.size()));
}

void SchemaBrowser::renderCurrent()
{
    const Type *t = m_schema.type(m_current);
    if (!t) {
        m_detail->clear();
        return;
    }
    QString html = QStringLiteral("<p><b style=\"font-size:large\">%1 %2</b>%3</p>")
                       .arg(keyword(t->kind), esc(t->name), description(t->description));
    const bool selectable = t->kind == TypeKind::Object || t->kind == TypeKind::Interface;
    const auto args = [this](const QList<InputValue> &values) {
        QStringList out;
        for (const InputValue &a : values) {
            out.append(QStringLiteral("<i>%1</i>: %2%3")
                           .arg(esc(a.name), typeLink(a.type, a.typeName),
                                a.defaultValue.isEmpty()
                                    ? QString()
                                    : QStringLiteral(" = ") + esc(a.defaultValue)));
        }
        return out.isEmpty() ? QString() : u'(' + out.join(QStringLiteral(", ")) + u')';
    };
    for (const Field &f : t->fields) {
        const QString name = f.deprecated ? QStringLiteral("<s>%1</s>").arg(esc(f.name))
                                          : QStringLiteral("<b>%1</b>").arg(esc(f.name));
        html +=
            QStringLiteral("<p>%1%2: %3%4%5%6</p>")
                .arg(name, args(f.args), typeLink(f.type, f.typeName),
                     selectable
                         ? QStringLiteral(" &nbsp;<a href=\"insert:%1\" style=\"color:#808080; "
                                          "text-decoration:none\">+ insert</a>")
                               .arg(esc(f.name))
                         : QString(),
                     description(f.description), deprecation(f.deprecated, f.deprecationReason));
    }
    for (const InputValue &v : t->inputFields) {
        html += QStringLiteral("<p><b>%1</b>: %2%3%4</p>")
                    .arg(esc(v.name), typeLink(v.type, v.typeName),
                         v.defaultValue.isEmpty() ? QString()
                                                  : QStringLiteral(" = ") + esc(v.defaultValue),
                         description(v.description));
    }
    for (const graphql::EnumValue &v : t->enumValues) {
        html +=
            QStringLiteral("<p>%1%2%3</p>")
                .arg(v.deprecated ? QStringLiteral("<s>%1</s>").arg(esc(v.name))
                                  : QStringLiteral("<b>%1</b>").arg(esc(v.name)),
                     description(v.description), deprecation(v.deprecated, v.deprecationReason));
    }
    if (!t->possibleTypes.isEmpty()) {
        QStringList links;
        for (const QString &p : t->possibleTypes)
            links.append(typeLink(p, p));
        html += QStringLiteral("<p>%1 %2</p>")
                    .arg(t->kind == TypeKind::Union ? tr("Members:") : tr("Implemented by:"),
                         links.join(QStringLiteral(", ")));
    }
    m_detail->setHtml(html);
}

} // namespace wirescope
