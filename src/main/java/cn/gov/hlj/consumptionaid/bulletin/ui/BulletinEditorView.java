package cn.gov.hlj.consumptionaid.bulletin.ui;

import cn.gov.hlj.consumptionaid.bulletin.BulletinAccess;
import cn.gov.hlj.consumptionaid.bulletin.BulletinException;
import cn.gov.hlj.consumptionaid.bulletin.BulletinRequest;
import cn.gov.hlj.consumptionaid.bulletin.BulletinRow;
import cn.gov.hlj.consumptionaid.bulletin.BulletinService;
import cn.gov.hlj.consumptionaid.bulletin.BulletinStatus;
import cn.gov.hlj.consumptionaid.bulletin.BulletinType;
import cn.gov.hlj.consumptionaid.bulletin.Narrative;
import cn.gov.hlj.consumptionaid.reference.ReferenceService;
import cn.gov.hlj.consumptionaid.reference.RegionRow;
import cn.gov.hlj.consumptionaid.shared.jobs.JobProgressIndicator;
import cn.gov.hlj.consumptionaid.shared.jobs.JobRefusedException;
import cn.gov.hlj.consumptionaid.shared.jobs.JobRunner;
import cn.gov.hlj.consumptionaid.shared.security.AppRoles;
import cn.gov.hlj.consumptionaid.shared.time.Period;
import cn.gov.hlj.consumptionaid.shared.ui.MenuGroup;
import cn.gov.hlj.consumptionaid.shared.ui.ViewToolbar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.security.access.AccessDeniedException;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The bulletin editor's desk: generate a bulletin of a type for a month, quarter or year and a region as a background
 * job (progress bar, cancel), review a draft, write its narrative sections (工作动态、典型经验做法、存在问题、下步工作),
 * regenerate it as a new version, and publish it for the leaders. Bulletin editors work on every type; a SASAC
 * task-force member on the SOE procurement bulletin only ({@link BulletinAccess}); other department members are
 * refused on entering.
 */
@Route("bulletins/editor")
@RolesAllowed({AppRoles.BULLETIN_EDITOR, AppRoles.DEPARTMENT_MEMBER})
@Menu(title = "bulletin.menu.editor", order = 710, icon = "vaadin:edit")
@MenuGroup(MenuGroup.BULLETINS)
class BulletinEditorView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    final Select<BulletinType> type = new Select<>();
    final Select<Period.Kind> periodKind = new Select<>();
    final IntegerField year = new IntegerField();
    final Select<Integer> month = new Select<>();
    final Select<Integer> quarter = new Select<>();
    final ComboBox<RegionRow> scope = new ComboBox<>();
    final Button generate = new Button();
    final JobProgressIndicator progress;
    final BulletinGrid grid;
    final TextArea workNews = new TextArea();
    final TextArea experiences = new TextArea();
    final TextArea problems = new TextArea();
    final TextArea nextSteps = new TextArea();
    final Button saveNarrative = new Button();
    final Button regenerate = new Button();
    final Button publish = new Button();
    final Paragraph message = new Paragraph();
    final DownloadButtons downloads;

    private final BulletinService bulletins;
    private final BulletinAccess access;

    BulletinEditorView(BulletinService bulletins, BulletinAccess access, ReferenceService reference, JobRunner jobs,
                       Clock clock) {
        this.bulletins = bulletins;
        this.access = access;
        setSizeFull();
        progress = new JobProgressIndicator(jobs);

        var lastMonth = YearMonth.from(LocalDate.now(clock)).minusMonths(1);
        type.setId("bulletin-type");
        type.setLabel(getTranslation("bulletin.field.type"));
        var types = access.editableTypes();
        type.setItems(types);
        type.setItemLabelGenerator(t -> getTranslation(t.labelKey()));
        type.setValue(types.isEmpty() ? null : types.getFirst());
        periodKind.setId("bulletin-period-kind");
        periodKind.setLabel(getTranslation("bulletin.field.period-kind"));
        periodKind.setItems(Period.Kind.MONTH, Period.Kind.QUARTER, Period.Kind.YEAR);
        periodKind.setItemLabelGenerator(kind -> getTranslation("bulletin.period-kind." + kind.name()));
        periodKind.setValue(Period.Kind.MONTH);
        periodKind.addValueChangeListener(event -> showPeriodFields());
        year.setId("bulletin-year");
        year.setLabel(getTranslation("bulletin.field.year"));
        year.setValue(lastMonth.getYear());
        year.setMin(2000);
        year.setMax(2100);
        year.setStepButtonsVisible(true);
        month.setId("bulletin-month");
        month.setLabel(getTranslation("bulletin.field.month"));
        month.setItems(IntStream.rangeClosed(1, 12).boxed().toList());
        month.setItemLabelGenerator(m -> getTranslation("bulletin.field.month-label", m));
        month.setValue(lastMonth.getMonthValue());
        quarter.setId("bulletin-quarter");
        quarter.setLabel(getTranslation("bulletin.field.quarter"));
        quarter.setItems(IntStream.rangeClosed(1, 4).boxed().toList());
        quarter.setItemLabelGenerator(q -> getTranslation("bulletin.field.quarter-label", q));
        quarter.setValue((lastMonth.getMonthValue() - 1) / 3 + 1);
        showPeriodFields();
        scope.setId("bulletin-scope");
        scope.setLabel(getTranslation("bulletin.field.scope"));
        var regions = new ArrayList<RegionRow>();
        reference.region(cn.gov.hlj.consumptionaid.accounts.DataScope.PROVINCE).ifPresent(regions::add);
        regions.addAll(reference.prefectures());
        scope.setItems(regions);
        scope.setItemLabelGenerator(RegionRow::nameZh);
        scope.setValue(regions.isEmpty() ? null : regions.getFirst());

        generate.setId("bulletin-generate");
        generate.setText(getTranslation("bulletin.action.generate"));
        generate.setIcon(VaadinIcon.FILE_TEXT.create());
        generate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        generate.addClickListener(event -> generate());

        grid = new BulletinGrid(bulletins);
        grid.setId("bulletin-versions");
        grid.addSelectionListener(event -> show(event.getFirstSelectedItem()));
        downloads = new DownloadButtons(bulletins, () -> grid.getSelectedItems().stream().findFirst());

        workNews.setId("bulletin-work-news");
        experiences.setId("bulletin-experiences");
        problems.setId("bulletin-problems");
        nextSteps.setId("bulletin-next-steps");
        for (var area : new TextArea[]{workNews, experiences, problems, nextSteps}) {
            area.setWidthFull();
            area.setMaxLength(Narrative.MAX_LENGTH);
            area.setEnabled(false);
        }
        workNews.setLabel(getTranslation("bulletin.doc.section.work-news"));
        experiences.setLabel(getTranslation("bulletin.doc.section.experiences"));
        problems.setLabel(getTranslation("bulletin.doc.section.problems"));
        nextSteps.setLabel(getTranslation("bulletin.doc.section.next-steps"));

        saveNarrative.setId("bulletin-save-narrative");
        saveNarrative.setText(getTranslation("bulletin.action.save-narrative"));
        saveNarrative.addClickListener(event -> saveNarrative());
        regenerate.setId("bulletin-regenerate");
        regenerate.setText(getTranslation("bulletin.action.regenerate"));
        regenerate.setIcon(VaadinIcon.REFRESH.create());
        regenerate.addClickListener(event -> regenerate());
        publish.setId("bulletin-publish");
        publish.setText(getTranslation("bulletin.action.publish"));
        publish.setIcon(VaadinIcon.CHECK.create());
        publish.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        publish.addClickListener(event -> publish());
        message.setId("bulletin-message");
        show(Optional.empty());

        var form = new HorizontalLayout(type, periodKind, year, month, quarter, scope, generate);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        var narrative = new VerticalLayout(workNews, experiences, problems, nextSteps,
                new HorizontalLayout(saveNarrative, regenerate, publish), downloads);
        narrative.setPadding(false);
        var split = new SplitLayout(grid, narrative);
        split.setSplitterPosition(60);
        split.setSizeFull();
        add(new ViewToolbar(getTranslation("bulletin.editor.title")), form, progress, message);
        addAndExpand(split);
    }

    /** Refuses users who may edit no type of bulletin (department members other than SASAC's). */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!access.editsAny()) {
            event.rerouteToError(com.vaadin.flow.router.AccessDeniedException.class);
        }
    }

    /** The month or the quarter field, as the period kind asks; a year needs neither. */
    private void showPeriodFields() {
        month.setVisible(periodKind.getValue() == Period.Kind.MONTH);
        quarter.setVisible(periodKind.getValue() == Period.Kind.QUARTER);
    }

    /** The period chosen, or null when a field it needs is empty. */
    private Period period() {
        if (periodKind.getValue() == null || year.getValue() == null) {
            return null;
        }
        return switch (periodKind.getValue()) {
            case MONTH -> month.getValue() == null ? null : Period.month(year.getValue(), month.getValue());
            case QUARTER -> quarter.getValue() == null ? null : Period.quarter(year.getValue(), quarter.getValue());
            case YEAR -> Period.year(year.getValue());
            case CUSTOM -> null;
        };
    }

    /** Starts generating the chosen type, period and region as a job. */
    void generate() {
        if (type.getValue() == null || scope.getValue() == null) {
            fail(getTranslation("bulletin.error.choose"));
            return;
        }
        BulletinRequest request;
        try {
            var period = period();
            if (period == null) {
                fail(getTranslation("bulletin.error.choose"));
                return;
            }
            request = new BulletinRequest(type.getValue(), period, scope.getValue().code());
        } catch (BulletinException | java.time.DateTimeException e) {
            fail(e instanceof BulletinException b ? getTranslation(b.getMessageKey(), b.getArguments())
                    : getTranslation("bulletin.error.choose"));
            return;
        }
        run(request, null);
    }

    void regenerate() {
        selected().ifPresent(row -> run(null, row));
    }

    private void run(BulletinRequest request, BulletinRow again) {
        generate.setEnabled(false);
        regenerate.setEnabled(false);
        progress.start("bulletin.job.start",
                p -> request != null ? bulletins.generate(request, p) : bulletins.regenerate(again.id(), p),
                new JobProgressIndicator.Outcome<>(this::generated, this::failed, this::cancelled));
    }

    private void generated(BulletinRow row) {
        generate.setEnabled(true);
        grid.getDataProvider().refreshAll();
        grid.select(row);
        show(Optional.of(row));
        succeed(getTranslation("bulletin.message.generated", row.scopeName(),
                getTranslation("bulletin.issue", row.issueYear(), row.issueNumber()), row.version()));
    }

    private void failed(Throwable error) {
        generate.setEnabled(true);
        show(selected());
        fail(describe(error));
    }

    private void cancelled() {
        generate.setEnabled(true);
        show(selected());
        message.setText(getTranslation("bulletin.message.cancelled"));
    }

    void saveNarrative() {
        selected().ifPresent(row -> {
            try {
                var saved = bulletins.editNarrative(row.id(), narrative());
                grid.getDataProvider().refreshAll();
                show(Optional.of(saved));
                succeed(getTranslation("bulletin.message.narrative-saved"));
            } catch (RuntimeException e) {
                fail(describe(e));
            }
        });
    }

    void publish() {
        selected().ifPresent(row -> {
            try {
                var published = bulletins.publish(row.id());
                grid.getDataProvider().refreshAll();
                show(Optional.of(published));
                succeed(getTranslation("bulletin.message.published", published.scopeName(),
                        getTranslation("bulletin.issue", published.issueYear(), published.issueNumber())));
            } catch (RuntimeException e) {
                fail(describe(e));
            }
        });
    }

    private Narrative narrative() {
        return new Narrative(workNews.getValue(), experiences.getValue(), problems.getValue(), nextSteps.getValue());
    }

    private Optional<BulletinRow> selected() {
        return grid.getSelectedItems().stream().findFirst();
    }

    private void show(Optional<BulletinRow> row) {
        var draft = row.map(r -> r.status() == BulletinStatus.DRAFT).orElse(false);
        var narrative = row.map(BulletinRow::narrative).orElse(Narrative.EMPTY);
        workNews.setValue(orEmpty(narrative.workNews()));
        experiences.setValue(orEmpty(narrative.experiences()));
        problems.setValue(orEmpty(narrative.problems()));
        nextSteps.setValue(orEmpty(narrative.nextSteps()));
        for (var area : new TextArea[]{workNews, experiences, problems, nextSteps}) {
            area.setEnabled(draft);
        }
        saveNarrative.setEnabled(draft);
        publish.setEnabled(draft);
        regenerate.setEnabled(row.isPresent() && !progress.isRunning());
        downloads.update();
    }

    private String describe(Throwable error) {
        if (error instanceof BulletinException e) {
            return getTranslation(e.getMessageKey(), e.getArguments());
        }
        if (error instanceof JobRefusedException e) {
            return getTranslation(e.getMessageKey(), e.getArguments());
        }
        if (error instanceof AccessDeniedException) {
            return getTranslation("bulletin.error.denied");
        }
        return getTranslation("bulletin.error.failed");
    }

    private void succeed(String text) {
        message.setText(text);
        Notification.show(text, 4000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private void fail(String text) {
        message.setText(text);
        Notification.show(text, 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("bulletin.editor.title");
    }
}
