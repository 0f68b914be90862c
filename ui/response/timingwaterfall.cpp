#include "ui/response/timingwaterfall.h"

#include "ui/widgets/displayformat.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace wirescope {

namespace {

// One hue per phase, mid-tones that read on light and dark backgrounds.
// One per phase, in setTimings()' order (a missing one read past the end of this array).
const QColor s_phaseColors[] = {
    QColor(0x1e, 0x88, 0xe5), // dns
    QColor(0xfb, 0x8c, 0x00), // blocked (queued in Qt)
    QColor(0x8e, 0x24, 0xaa), // connect
    QColor(0xd8, 0x1b, 0x60), // tls
    QColor(0x00, 0x89, 0x7b), // send
    QColor(0x39, 0x49, 0xab), // wait
    QColor(0x43, 0xa0, 0x47), // download
};

constexpr int s_margin = 12;
constexpr int s_gap = 16;

/// A "nice" tick step (1, 2, 5 x 10^n) giving about @p wanted ticks over @p span.
double tickStep(double span, int wanted)
{
    if (span <= 0)
        return 1;
    const double raw = span / std::max(1, wanted);
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 5.0, 10.0}) {
        if (raw <= m * magnitude)
            return m * magnitude;
    }
    return 10 * magnitude;
}

} // namespace

TimingWaterfall::TimingWaterfall(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("timingWaterfall"));
    setAccessibleName(tr("Timing waterfall"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    clear();
}

void TimingWaterfall::clear()
{
    setTimings(Timings{});
    m_total.reset();
    update();
}

void TimingWaterfall::setTimings(const Timings &t)
{
    const std::optional<double> phases[] = {t.dns,  t.blocked, t.connect, t.tls,
                                            t.send, t.wait,    t.download};
    const QString names[] = {tr("DNS lookup"),      tr("Queued"),       tr("TCP connect"),
                             tr("TLS handshake"),   tr("Request sent"), tr("Waiting (TTFB)"),
                             tr("Content download")};
    m_rows.clear();
    // Phases happen in order; an unmeasured one takes no time on the axis.
    double cursor = 0;
    static_assert(std::size(phases) == std::size(s_phaseColors));
    for (int i = 0; i < int(std::size(phases)); ++i) {
        Row row;
        row.phase = names[i];
        if (phases[i]) {
            row.start = cursor;
            row.duration = *phases[i];
            row.figure = display::milliseconds(*phases[i]);
            cursor += *phases[i];
        } else {
            row.figure = tr("n/a");
        }
        m_rows.append(row);
    }
    m_total = t.total;

    m_notes.clear();
    if (t.reusedConnection)
        m_notes << tr("Reused connection: no DNS lookup, connect or TLS handshake was needed.");
    if (t.dnsCached)
        m_notes << tr("The host name was looked up less than a minute ago: the DNS lookup time is "
                      "the time to find it among those answers, as Qt, curl and browsers reuse "
                      "them.");
    if (t.tlsIncludedInConnect)
        m_notes << tr("TLS handshake time is included in TCP connect: Qt reports when connecting "
                      "starts and when encryption is up, not when TCP connected.");
    double measured = 0;
    for (const auto &phase : phases)
        measured += phase.value_or(0);
    const double unattributed = t.total - measured;
    if (unattributed > 0.5 && unattributed > t.total * 0.05)
        m_notes << tr("%1 of the total is not attributed to a phase: time Qt's network thread "
                      "took to report events, redirects followed, or phases Qt does not report.")
                       .arg(display::milliseconds(unattributed));
    if (t.sendIncludedInConnect)
        m_notes << tr(
            "Request sending is included in TCP connect: Qt writes the request as soon as "
            "TCP connects and reports only when it has been written.");

    QStringList description;
    for (const Row &row : std::as_const(m_rows))
        description << row.phase + QStringLiteral(": ") + row.figure;
    description << totalText();
    setAccessibleDescription(description.join(QStringLiteral("; ")));
    updateGeometry();
    update();
}

QString TimingWaterfall::totalText() const
{
    return tr("Total: %1").arg(m_total ? display::milliseconds(*m_total) : tr("n/a"));
}

int TimingWaterfall::rowHeight() const
{
    return fontMetrics().height() + 10;
}

double TimingWaterfall::axisMax() const
{
    double end = m_total.value_or(0);
    for (const Row &row : m_rows) {
        if (row.start && row.duration)
            end = std::max(end, *row.start + *row.duration);
    }
    return end;
}

QSize TimingWaterfall::sizeHint() const
{
    // The axis labels, the seven phase rows, the total row.
    return {480, s_margin * 2 + rowHeight() * 9};
}

QSize TimingWaterfall::minimumSizeHint() const
{
    return {320, sizeHint().height()};
}

void TimingWaterfall::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics fm = fontMetrics();
    const int rh = rowHeight();

    QFont bold = font();
    bold.setBold(true);
    int labelWidth = QFontMetrics(bold).horizontalAdvance(totalText());
    int figureWidth = fm.horizontalAdvance(QStringLiteral("00,000.0 ms"));
    for (const Row &row : std::as_const(m_rows)) {
        labelWidth = std::max(labelWidth, fm.horizontalAdvance(row.phase));
        figureWidth = std::max(figureWidth, fm.horizontalAdvance(row.figure));
    }
    const int barLeft = s_margin + labelWidth + s_gap;
    const int barRight = width() - s_margin - figureWidth - s_gap;
    const int barWidth = std::max(40, barRight - barLeft);
    const double span = axisMax();
    const auto xFor = [&](double ms) {
        return span > 0 ? barLeft + ms / span * barWidth : double(barLeft);
    };

    const QColor text = palette().color(QPalette::WindowText);
    QColor grid = text;
    grid.setAlpha(40);
    QColor dim = text;
    dim.setAlpha(140);

    // Axis: tick labels on top, light grid lines through the rows.
    int y = s_margin;
    const int gridTop = y + rh;
    const int gridBottom = y + rh * 7;
    if (span > 0) {
        const double step = tickStep(span, std::max(2, barWidth / 90));
        p.setFont(font());
        for (double ms = 0; ms <= span + step * 0.01; ms += step) {
            const int x = int(std::round(xFor(ms)));
            p.setPen(grid);
            p.drawLine(x, gridTop, x, gridBottom);
            p.setPen(dim);
            const int decimals = step >= 1 ? 0 : (step >= 0.1 ? 1 : 2);
            const QString label = QLocale().toString(ms, 'f', decimals) + QStringLiteral(" ms");
            const int w = fm.horizontalAdvance(label);
            p.drawText(QRect(x - w / 2, y, w, rh), Qt::AlignCenter, label);
        }
    }
    y += rh;

    for (int i = 0; i < m_rows.size(); ++i) {
        const Row &row = m_rows.at(i);
        const QRect labelRect(s_margin, y, labelWidth, rh);
        const QRect figureRect(width() - s_margin - figureWidth, y, figureWidth, rh);
        p.setPen(row.duration ? text : dim);
        p.drawText(labelRect, Qt::AlignVCenter | Qt::AlignLeft, row.phase);
        p.drawText(figureRect, Qt::AlignVCenter | Qt::AlignRight, row.figure);
        if (row.start && row.duration) {
            const double x0 = xFor(*row.start);
            // A measured phase stays visible however short it was.
            const double w = std::max(2.0, xFor(*row.start + *row.duration) - x0);
            QPainterPath bar;
            bar.addRoundedRect(QRectF(x0, y + rh * 0.25, w, rh * 0.5), 2, 2);
            p.fillPath(bar, s_phaseColors[i]);
        }
        y += rh;
    }

    // Total row, bold, with a thin bar spanning the whole exchange.
    p.setFont(bold);
    p.setPen(text);
    p.drawText(QRect(s_margin, y, labelWidth + s_gap, rh), Qt::AlignVCenter | Qt::AlignLeft,
               totalText());
    if (m_total && *m_total > 0) {
        p.fillRect(QRectF(xFor(0), y + rh * 0.45, xFor(*m_total) - xFor(0), 2), dim);
    }
}

} // namespace wirescope
