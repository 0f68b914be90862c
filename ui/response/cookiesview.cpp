#include "ui/response/cookiesview.h"

#include "ui/widgets/tableviews.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QNetworkCookie>
#include <QTableWidget>
#include <QVBoxLayout>

namespace wirescope {

namespace {

QString sameSiteText(QNetworkCookie::SameSite policy)
{
    switch (policy) {
    case QNetworkCookie::SameSite::Default:
        return {};
    case QNetworkCookie::SameSite::None:
        return QStringLiteral("None");
    case QNetworkCookie::SameSite::Lax:
        return QStringLiteral("Lax");
    case QNetworkCookie::SameSite::Strict:
        return QStringLiteral("Strict");
    }
    return {};
}

} // namespace

CookiesView::CookiesView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("cookiesView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("cookiesNote"));
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);
    layout->addWidget(m_note);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("cookiesTable"));
    m_table->setAccessibleName(tr("Cookies set by the response"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Value"), tr("Domain"), tr("Path"),
                                        tr("Expires"), tr("Secure"), tr("HttpOnly"),
                                        tr("SameSite")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setSectionResizeMode(ValueColumn, QHeaderView::Stretch);
    tableviews::setCompactRows(m_table);
    layout->addWidget(m_table, 1);
    clear();
}

void CookiesView::clear()
{
    m_count = 0;
    m_table->setRowCount(0);
    m_note->setText(tr("The response set no cookies."));
}

int CookiesView::cookieCount() const
{
    return m_count;
}

void CookiesView::setResponseHeaders(const KeyValueList &headers)
{
    clear();
    QStringList unparsed;
    for (const KeyValue &header : headers) {
        if (header.name.compare(QLatin1String("set-cookie"), Qt::CaseInsensitive) != 0)
            continue;
        // Qt joins repeated Set-Cookie headers with newlines; parseCookies splits them.
        const QStringList lines = header.value.split(u'\n', Qt::SkipEmptyParts);
        for (const QString &line : lines) {
            const QList<QNetworkCookie> cookies = QNetworkCookie::parseCookies(line.toUtf8());
            if (cookies.isEmpty()) {
                unparsed.append(line);
                continue;
            }
            for (const QNetworkCookie &cookie : cookies) {
                const int row = m_table->rowCount();
                m_table->insertRow(row);
                const auto set = [&](int column, const QString &text) {
                    auto *item = new QTableWidgetItem(text);
                    item->setToolTip(text);
                    m_table->setItem(row, column, item);
                };
                set(NameColumn, QString::fromUtf8(cookie.name()));
                set(ValueColumn, QString::fromUtf8(cookie.value()));
                set(DomainColumn, cookie.domain().isEmpty() ? tr("(this host)") : cookie.domain());
                set(PathColumn, cookie.path().isEmpty() ? tr("(this path)") : cookie.path());
                set(ExpiresColumn, cookie.isSessionCookie()
                                       ? tr("Session")
                                       : QLocale().toString(cookie.expirationDate().toLocalTime(),
                                                            QLocale::ShortFormat));
                set(SecureColumn, cookie.isSecure() ? tr("Yes") : QString());
                set(HttpOnlyColumn, cookie.isHttpOnly() ? tr("Yes") : QString());
                set(SameSiteColumn, sameSiteText(cookie.sameSitePolicy()));
                ++m_count;
            }
        }
    }
    for (int c = 0; c < ColumnCount; ++c) {
        if (c != ValueColumn)
            m_table->resizeColumnToContents(c);
    }
    QString note = m_count == 0 ? tr("The response set no cookies.")
                   : m_count == 1
                       ? tr("1 cookie set by this response (Set-Cookie).")
                       : tr("%1 cookies set by this response (Set-Cookie).").arg(m_count);
    if (!unparsed.isEmpty())
        note += u' ' + tr("Not understood: %1").arg(unparsed.join(QStringLiteral(" | ")));
    m_note->setText(note);
    m_note->setStyleSheet(unparsed.isEmpty() ? QString() : QStringLiteral("color: #d93025;"));
}

} // namespace wirescope
