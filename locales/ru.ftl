# Русский — язык по умолчанию.

## Команды (меню бота)
command-start = Начало работы
command-help = Справка
command-route = Мой ИОМ
command-diagnostics = Самодиагностика
command-profile = Моя образовательная история
command-language = Язык / Language
command-cancel = Отменить текущее действие

## Приветствие и справка
start-greeting =
    Здравствуйте, { $name }!

    Я помогаю вести индивидуальный образовательный маршрут (ИОМ) педагога: самодиагностика по профстандарту «Педагог», выявление профессиональных дефицитов, цель и задачи, ресурсы и мероприятия, согласование с заместителем директора по УМР, контрольные точки и рефлексия.
start-commands =
    Команды:
    /menu — главное меню: что сделать дальше
    /route — мой ИОМ
    /diagnostics — самодиагностика
    /profile — моя образовательная история
    /language — язык / language
    /help — справка
    /cancel — отменить текущее действие
    /pause 14 — приостановить напоминания (отпуск), /resume — возобновить
    /mydata — мои данные, /deletemydata — удалить мои данные
    Заместителю директора: /school, /invite, /invites, /mentor. Методисту: /district, /holidays, /catalog.
start-no-invite =
    Чтобы начать работу, нужна ссылка-приглашение от вашей школы. Попросите её у заместителя директора по УМР или у руководителя ШМО и откройте ссылку в Telegram.
help-text =
    Как работать с ИОМ:
    1. Пройдите самодиагностику (/diagnostics): по одному утверждению, оценка от 0 до 3. Можно прерваться и продолжить позже.
    2. Составьте маршрут (/route): бот предложит черновик по вашим дефицитам, его можно изменить.
    3. Отправьте ИОМ на согласование: заместитель директора по УМР или руководитель ШМО утвердит его или вернёт на доработку с комментарием.
    4. Отмечайте выполненные мероприятия, прикладывайте подтверждения, отвечайте на контрольные точки.
    5. Раз в полгода — анализ результативности, в конце — итоговая рефлексия и следующий маршрут.

    { start-commands }

## Язык
language-choose = Выберите язык интерфейса:
language-changed = Язык интерфейса: русский.
language-ru = Русский
language-en = English

## Отмена и непонятный ввод
cancel-done = Действие отменено. Уже введённые ответы сохранены — продолжить можно в любой момент.
cancel-nothing = Сейчас нечего отменять.
unknown-input = Я не понял сообщение. Выберите команду в меню или нажмите /help.

## Ошибки
error-generic = Что-то пошло не так, и последнее действие могло не выполниться. Повторите его, пожалуйста, чуть позже.
error-not-saved = Не получилось сохранить: база данных сейчас недоступна. Отправьте, пожалуйста, то же самое ещё раз через минуту.
private-only = Я работаю только в личных сообщениях, чтобы данные о маршрутах не попадали в общие чаты. Напишите мне: https://t.me/{ $bot }
file-too-big = Файл слишком большой: можно не больше { $megabytes } МБ.
file-too-many-lines = В файле слишком много строк: можно не больше { $lines }. Разделите его на части.
file-failed = Не получилось отправить файл. Всё остальное сохранено; попробуйте получить его ещё раз.
file-retry = Отправить ещё раз
error-stale-button = Эта кнопка устарела. Откройте нужный раздел заново.
error-route-not-completed = Следующий ИОМ начинается после завершения текущего.
error-term-not-started = Срок реализации ИОМ ещё не начался.
error-wrong-reflection-kind = Сейчас ожидается другой вид рефлексии. Откройте ИОМ заново.
error-self-assessment-range = Самооценка — число от 1 до 5.
error-return-needs-comment = Чтобы вернуть ИОМ на доработку, напишите комментарий.
error-reflection-needs-fact = Напишите, что удалось сделать.
error-not-allowed = Недостаточно прав для этого действия.

## Общие
saved = Сохранено
expect-text = Жду ответа текстом. Напишите его сообщением или нажмите /cancel.
error-wrong-status = Сейчас это действие недоступно: состояние ИОМ изменилось. Откройте /route заново.

## Согласие на обработку персональных данных (152-ФЗ)
consent-text =
    Согласие на обработку персональных данных

    Для ведения ИОМ бот хранит: ФИО, должность, сведения об образовании, стаже, квалификационной категории и курсах, результаты самодиагностики, содержание маршрута и подтверждающие материалы. Данные видят только вы, директор, заместитель директора по УМР и руководитель ШМО вашей школы, ваш наставник, муниципальная методическая служба и администраторы системы.

    Операторы персональных данных — ваша образовательная организация и муниципальный орган управления образованием (методическая служба). Цель обработки — сопровождение непрерывного профессионального развития педагога (Федеральный закон № 152-ФЗ «О персональных данных», ст. 9). Согласие действует, пока вы работаете с ИОМ в боте, и может быть отозвано в любой момент командой /deletemydata; данные будут удалены.
consent-yes = Даю согласие
consent-no = Не согласен(на)
consent-given = Согласие получено и сохранено. Спасибо!
consent-declined = Без согласия на обработку персональных данных бот не может вести ваш ИОМ. Если передумаете, снова откройте ссылку-приглашение.

## Приглашения
invite-not_found = Приглашение не найдено. Проверьте ссылку или попросите новую у заместителя директора по УМР.
invite-expired = Срок действия приглашения истёк. Попросите новую ссылку у заместителя директора по УМР.
invite-revoked = Это приглашение отозвано. Попросите новую ссылку у заместителя директора по УМР.
invite-used_up = Приглашение уже использовано. Попросите новую ссылку у заместителя директора по УМР.
invite-joined =
    Вы присоединились: { $organisation }, роль — { $role }.{ $hasAssociation ->
        [yes] { " " }Методическое объединение: { $association }.
       *[no] {""}
    }
role-teacher = педагог
role-mentor = наставник
role-shmo_head = руководитель ШМО
role-deputy = заместитель директора по УМР
role-director = директор
role-methodist = методист муниципальной методической службы
role-admin = администратор
role-help-teacher = Начните с самодиагностики: /diagnostics
role-help-mentor = Когда педагог, которого вы сопровождаете, отправит ИОМ, вы сможете его комментировать.
role-help-shmo_head = Вы будете получать ИОМ педагогов вашего ШМО на согласование.
role-help-deputy = Вы будете получать ИОМ педагогов школы на согласование. Пригласить коллег: /invite, список приглашений: /invites.
role-help-director = Пригласить коллег: /invite, список приглашений: /invites.
role-help-methodist = Вам доступны показатели района.
role-help-admin = Создать школу: /newschool Название школы.

## Образовательная история
history-intro = Заполним индивидуальную образовательную историю — она войдёт в ваш ИОМ. Каждый ответ сохраняется сразу; прерваться можно в любой момент (/cancel), изменить — в /profile.
history-step = Шаг { $step } из { $total }. { $question }
history-edit-step = { $question }
history-ask-fullName = Ваши фамилия, имя и отчество?
history-ask-position = Ваша должность (например: учитель математики)?
history-ask-education = Ваше образование?
history-ask-teachingYears = Педагогический стаж, полных лет (числом, например 12)?
history-ask-qualificationCategory = Квалификационная категория?
history-ask-lastAttestationDate = Дата последней аттестации (например 15.03.2024)?
history-ask-courses = Курсы повышения квалификации и переподготовка за последние 3 года (кратко)?
history-ask-problemExperience = Ваш опыт работы над методической темой или профессиональной проблемой (кратко)?
history-skip = Пропустить
history-done = Образовательная история сохранена. Следующий шаг — самодиагностика по профессиональному стандарту «Педагог».
history-bad-years = Укажите стаж целым числом лет от 0 до 60, например 12.
history-date-in-future = Дата аттестации не может быть в будущем. Пример: 15.03.2024.
history-title = Индивидуальная образовательная история
history-empty = —
history-field-fullName = ФИО
history-field-position = Должность
history-field-education = Образование
history-field-teachingYears = Педстаж, лет
history-field-qualificationCategory = Категория
history-field-lastAttestationDate = Последняя аттестация
history-field-courses = Курсы и переподготовка
history-field-problemExperience = Опыт по проблеме
education-higher_pedagogical = Высшее педагогическое
education-higher_other = Высшее (иное)
education-secondary_pedagogical = Среднее профессиональное педагогическое
education-secondary_other = Среднее профессиональное (иное)
category-none = Без категории
category-compliance = Соответствие занимаемой должности
category-first = Первая
category-highest = Высшая
category-methodist = Педагог-методист
category-mentor = Педагог-наставник

## Самодиагностика
diag-intro = Самодиагностика профессиональных дефицитов по профстандарту «Педагог»: { $total } { $total ->
    [one] утверждение
    [few] утверждения
   *[many] утверждений
}, оценка от 0 до 3. Оценивайте себя объективно — от этого зависит ваш маршрут. Можно прерваться и продолжить позже.
diag-resume = Продолжаем самодиагностику: отвечено { $answered } из { $total }.
diag-question =
    Утверждение { $number }/{ $total } (отвечено { $answered })
    { $area }

    { $statement }
diag-back = ◀ Назад
diag-pause = ⏸ Пауза
diag-paused = Самодиагностика на паузе. Ответы сохранены — продолжить: /diagnostics
diag-finished = Самодиагностика завершена. Спасибо!
diag-chart-title = Профиль профессиональных компетенций, %
diag-chart-caption = Ваш профиль компетенций. Оранжевым отмечены области ниже порога (60 %) — профессиональные дефициты.
diag-deficits-title = Главные профессиональные дефициты:
diag-deficit-line = { $n }. { $area } — { $percent } %{ $hasWeakest ->
        [yes] { "" }; слабее всего: «{ $weakest }»
       *[no] {""}
    }
diag-no-deficits = Выраженных дефицитов не выявлено. Маршрут можно построить на развитии сильных сторон и трансляции опыта.
diag-make-route = Составить ИОМ
diag-external = Ввести результаты внешней диагностики
diag-again = Пройти самодиагностику заново
diag-external-ask = Внешняя диагностика, область { $number } из { $total }: { $area }. Введите результат в процентах (0–100) или «-», если по этой области результата нет.
diag-external-hint = Введите число от 0 до 100 (например 45) или «-», чтобы пропустить область.
diag-external-empty = Результаты не введены — ничего не сохранено.
diag-external-saved = Результаты внешней диагностики сохранены и учтены в профиле.

## Маршрут: просмотр
route-header = { $title } — { $status }
route-term = Срок реализации: { $term }
route-goal = Цель: { $goal }
route-not-set = не указано
route-no-tasks = Задач пока нет.
route-tasks-title = Задачи:
route-task-line = { $n }. { $title }
route-task-deficit = { "   " }Дефицит: { $area }
route-resource-line = { "   " }Ресурс: { $title } ({ $kind }, { $form }, { $level })
route-activity-line = { "   " }{ $mark } { $date } — { $event } ({ $level }). Тема: { $topic }
route-task-deadline = { "   " }Срок: { $date }
route-task-result = { "   "}Ожидаемый результат: { $result }
route-broadcasts-title = Трансляция опыта:
route-broadcast-line = { $done ->
        [yes] ✅
       *[no] •
    } { $date } — { $event }: { $topic }
route-products-title = Продукты:
route-product-line = • { $kind }: { $title }
route-progress = Выполнено { $done } из { $total }; сегодня: { $due }; просрочено: { $overdue }; впереди: { $upcoming }.
route-returned = ИОМ возвращён на доработку. Комментарий: { $comment }
route-returned-comment = Комментарий при возврате на доработку: { $comment }
route-waiting-approval = ИОМ на согласовании у заместителя директора по УМР / руководителя ШМО.
status-draft = черновик
status-submitted = на согласовании
status-returned = на доработке
status-approved = утверждён
status-active = реализуется
status-completed = завершён
status-archived = в архиве
level-school = школьный
level-municipal = муниципальный
level-regional = региональный
level-federal = федеральный
kind-course = КПК
kind-retraining = переподготовка
kind-webinar = вебинар
kind-seminar = семинар
kind-master_class = мастер-класс
kind-internship = стажировка
kind-conference = конференция
kind-competition = конкурс
kind-mentoring = наставничество
kind-consultation = консультация
kind-community = профессиональное сообщество
kind-peer_learning = «Равный обучает равного»
kind-self_study = самообразование
product-lesson_series = Серия уроков
product-methodical_materials = Методические материалы
product-didactic_materials = Дидактические материалы
product-portfolio = Портфолио
product-creative_report = Творческий отчёт
product-pedagogical_project = Педагогический проект
product-talk = Выступление
product-open_lesson = Открытый урок
product-publication = Публикация
product-website = Сайт / страница
product-innovation_report = Отчёт об инновационной деятельности
product-experience_presentation = Презентация опыта

## Маршрут: проектирование
rd-start = Как составим ИОМ?
rd-auto = Черновик по моим дефицитам (автоматически)
rd-manual = Составлю сам(а)
rd-not-teacher = ИОМ составляет педагог школы. Откройте ссылку-приглашение от вашей школы.
rd-need-diagnostics = Для автоматического черновика нужна самодиагностика: /diagnostics. Или выберите «Составлю сам(а)».
rd-default-title = ИОМ на { $from }–{ $to } гг.
rd-auto-done = Черновик готов: цель, задачи по дефицитам, ресурсы и мероприятия со сроками. Проверьте и измените что нужно.
rd-auto-empty = Дефицитов не выявлено, поэтому задачи не предложены. Добавьте их сами.
rd-ask-goal = Сформулируйте цель ИОМ (например: «Освоение технологий формирующего оценивания»).
rd-ask-goal-edit = Текущая цель: { $current }. Напишите новую.
rd-ask-term = Укажите срок реализации: две даты через дефис, например 01.09.2026 - 31.08.2027 (от 6 месяцев до 3 лет).
rd-bad-term = Не понял срок. Пример: 01.09.2026 - 31.08.2027
rd-ask-task-title = Сформулируйте задачу (например: «Освоить приёмы смыслового чтения»).
rd-ask-task-result = Какой ожидаемый результат задачи (например: «Банк заданий по функциональной грамотности»)?
rd-ask-activity-event = Название мероприятия (например: «Семинар ШМО по смысловому чтению»)?
rd-ask-bc-event = Как и где вы представите опыт (например: «Выступление на заседании ШМО»)?
rd-ask-date = Укажите дату, например { $example } или 15.03.
rd-bad-date = Не понял дату. Напишите её так: { $example } или 15.03.
rd-goal = Цель
rd-term = Срок
rd-tasks = Задачи ({ $count })
rd-broadcast = + Трансляция опыта
rd-broadcasts = 📣 Трансляция опыта ({ $count })
rd-bc-title = 📣 Трансляция опыта — где и когда вы представите результаты (002 §4.1)
rd-bc-none = Точек трансляции пока нет.
rd-bc-line = { $held ->
        [yes] ✅
       *[no] { $n }.
    } { $date } — { $event }{ $withProduct ->
        [yes] . Продукт: { $product }
       *[no] {""}
    }
rd-bc-hint = ✏️ — изменить, 📅 — другая дата, ✖ — удалить.
rd-bc-edit = ✏️ { $n }
rd-ask-bc-event-edit = Как и где вы представите опыт? Сейчас: «{ $current }». Отправьте новый текст.
rd-bc-move = 📅 { $n }
rd-bc-remove = ✖ { $n }
rd-bc-held = Эта точка трансляции уже отмечена проведённой — её нельзя изменить или удалить.
rd-confirm-remove-bc = Удалить точку трансляции опыта { $date } — { $event }?
rd-submit = 📤 Отправить на согласование
rd-tasks-choose = Выберите задачу или добавьте новую:
rd-add-task = + Добавить задачу
rd-to-review = ← К маршруту
rd-back-to-task = ← К задаче
rd-task-title = Формулировка
rd-task-result = Ожидаемый результат
rd-task-deadline = Срок задачи
rd-task-catalog = + Ресурс из каталога
rd-task-own = + Своё мероприятие
rd-task-remove-activity = Удалить мероприятие
rd-task-delete = Удалить задачу
rd-choose-activity-remove = Какое мероприятие удалить?
rd-catalog-page = Каталог ресурсов, страница { $page } из { $pages } (всего { $count }). Выберите ресурс:
rd-not-ready = ИОМ пока нельзя отправить:
rd-not-ready-more = …и ещё { $count }: покажу их, когда эти будут исправлены
rd-place-task = задача { $n }
rd-submitted = ИОМ отправлен на согласование. Сообщу, когда будет решение.
rd-submitted-no-approvers = ИОМ отправлен на согласование, но в школе пока нет заместителя директора по УМР в боте. Попросите его подключиться по приглашению.
rd-fix = ✏️ Исправить ИОМ

## Согласование
ap-summary =
    ИОМ на согласование
    Педагог: { $teacher } ({ $school })
    { $title }
    Срок: { $term }
    Цель: { $goal }
    Задачи:
    { $tasks }
    Мероприятий: { $activities }
ap-approve = ✅ Утвердить
ap-return = ↩️ Вернуть на доработку
ap-open = Открыть полностью
ap-ask-comment = Напишите комментарий: что исправить в ИОМ «{ $title }»?
ap-done-approved = ИОМ утверждён.
ap-done-returned = ИОМ возвращён на доработку, педагог получил ваш комментарий.
ap-already-decided = Решение уже принято — { $decision }: { $decider }.
ap-decision-approve = утверждён
ap-decision-return = возвращён на доработку
ap-closed-approved = ИОМ «{ $title }» утверждён: { $decider }, { $date }.
ap-closed-returned = ИОМ «{ $title }» возвращён на доработку: { $decider }, { $date }.
ap-teacher-approved = Ваш ИОМ «{ $title }» утверждён: { $decider }. Успехов в реализации! Отмечайте выполненные мероприятия в /route.
ap-teacher-returned =
    Ваш ИОМ «{ $title }» возвращён на доработку: { $decider }.
    Комментарий: { $comment }

## Реализация маршрута
lv-open = Открыть ИОМ
lv-checkpoint = 📝 Ответить на контрольную точку
lv-add-product = + Продукт
lv-ask-evidence = Мероприятие «{ $event }» выполнено? Пришлите подтверждение: файл, фото, ссылку или короткий текст — или нажмите «Без подтверждения».
lv-no-evidence = Без подтверждения
lv-evidence-hint = Пришлите файл, фото, ссылку или текст — или нажмите «Без подтверждения».
lv-file-too-big = Файл больше { $mb } МБ. Пришлите файл поменьше или ссылку на него.
lv-file-type = Такой тип файла не принимается. Подойдут PDF, документы Word, Excel, PowerPoint, изображения или ссылка.
lv-done = Отмечено как выполненное: «{ $event }».
lv-ask-checkpoint = Контрольная точка ({ $date }): что удалось, что нет и почему, что скорректировать? Ответьте коротким текстом.
lv-checkpoint-saved = Рефлексия сохранена. Спасибо!
lv-product-kind = Какой продукт вы создали?
lv-ask-product = { $kind }: название или ссылка?
lv-product-saved = Продукт сохранён в ИОМ.
lv-rename-product = ✏️ { $title }
lv-ask-product-title = Новое название продукта (или ссылка)? Сейчас: «{ $title }».
lv-product-renamed = Название продукта изменено.
lv-remove-product = ✖ Удалить
lv-confirm-remove-product = Удалить продукт «{ $title }»? Он исчезнет из ИОМ и из документа.
lv-product-removed = Продукт удалён.

## Школы и приглашения
org-default-district = Муниципальный район
org-newschool-usage = Укажите название: /newschool МБОУ СОШ № 1 (ссылка для заместителя одноразовая; для нескольких человек добавьте в конце, например, x3)
org-school-created =
    Школа создана: { $name }.
    Приглашение для заместителя директора по УМР: { $uses ->
        [one] одноразовое
       *[other] на { $uses } человек(а)
    }, действует до { $date }. Список и отзыв: /invites
    { $link }
org-not-school-admin = Эта команда — для заместителя директора по УМР или директора школы.
org-no-deputy-links = Действующих приглашений для заместителей нет.
org-deputy-link-line = { $n }. { $school }: осталось использований — { $left }, до { $date }
    { $link }
org-invite-choose = Кого пригласить?
org-invite-created =
    Приглашение ({ $role }), действует до { $date }{ $multi ->
        [yes] , многоразовое
       *[no] , одноразовое
    }:
    { $link }
org-no-invites = Действующих приглашений нет. Создать: /invite
org-invite-line = { $n }. { $role }: использовано { $uses } из { $max }, до { $date }
    { $link }
org-revoke = Отозвать { $n }
org-revoked = Приглашение отозвано.

## Проверка ввода
issue-text-empty = Текст не должен быть пустым.
issue-text-too-long = Слишком длинный текст: не больше { $max } { $max ->
    [one] символа
    [few] символов
   *[many] символов
}.
issue-invalid-date = Не понял дату. Пример: 15.03.2027 или 15.03.
issue-invalid-url = Ссылка должна начинаться с http:// или https://
issue-invalid-choice = Выберите вариант кнопкой.
issue-association-needed = Укажите ШМО, например: ШМО учителей математики.
issue-diagnosis-needed = Сначала пройдите самодиагностику: черновик ИОМ составляется по её дефицитам.
issue-required = Это обязательное поле.
issue-invalid = Неверное значение.
issue-too-many = Слишком много элементов.
issue-term-end-before-start = Дата окончания должна быть позже даты начала.
issue-term-too-short = Срок реализации ИОМ — не менее { $months } { $months ->
    [one] месяца
    [few] месяцев
   *[many] месяцев
} и не более 3 лет.
issue-term-too-long = Срок реализации ИОМ — не менее 6 месяцев и не более 3 лет.
issue-date-outside-term = Дата выходит за срок реализации ИОМ.
issue-activity-after-deadline = Дата мероприятия позже срока выполнения задачи.
issue-task-no-activity = В задаче нет ни одного мероприятия.
issue-task-no-expected-result = Не указан ожидаемый результат задачи.
issue-route-no-goal = Не указана цель ИОМ.
issue-route-no-tasks = Нет ни одной задачи.
issue-catalog-bad-code = Код ресурса: латинские буквы, цифры, - и _.
issue-catalog-bad-kind = Неизвестный вид ресурса.
issue-catalog-bad-form = Неизвестная форма образования.
issue-catalog-bad-level = Неизвестный уровень.
issue-catalog-bad-area = Неизвестная область компетенций.

## Подсказки
press-button = Выберите ответ кнопкой под сообщением выше (или /cancel).
diag-press-button = Оцените утверждение кнопкой от 0 до 3 под сообщением выше. Прервать: «Пауза» или /cancel.

## Анализ за полугодие и итоговая рефлексия
lv-half-year = 📊 Анализ за полугодие
lv-final = 🏁 Итоговая рефлексия
hy-intro = Анализ результативности за полугодие: по каждой из задач ({ $tasks }) сравним фактический результат с ожидаемым, затем решим, что скорректировать. Ответы сохраняются сразу.
hy-ask-fact =
    Задача { $n }: { $title }
    Ожидаемый результат: { $expected }

    Что достигнуто фактически?
hy-ask-corrections = Что нужно скорректировать в маршруте (задачи, сроки, ресурсы)? Если ничего — так и напишите.
hy-saved = Анализ за полугодие сохранён. При необходимости измените маршрут.
hy-change-route = ✏️ Изменить маршрут
fr-intro = Итоговая рефлексия по ИОМ. Ответы сохраняются сразу; по ним будет сформирован следующий маршрут.
fr-ask-fact = Каких результатов вы достигли за период реализации ИОМ?
fr-ask-difficulties = Какие трудности возникли, что не удалось и почему?
fr-ask-prospects = Перспективы: над чем будете работать дальше? Это станет целью следующего ИОМ.
fr-ask-self-assessment = Оцените реализацию ИОМ по шкале от 1 до 5:
fr-self-assessment-hint = Выберите оценку кнопкой от 1 до 5.
fr-open-next = Открыть новый ИОМ
fr-done = ИОМ завершён. Спасибо за рефлексию! Следующий маршрут уже создан на её основе (перенесено незавершённых задач: { $carried }) — проверьте его и отправьте на согласование.

## Напоминания
rm-snooze = ⏰ Напомнить завтра
rm-snoozed = Напомню завтра.
rm-mark-done = ✅ Выполнено
rm-activity_ahead = Скоро мероприятие ИОМ: «{ $event }», { $date }.
rm-activity_due = Сегодня мероприятие ИОМ: «{ $event }». Отметьте его, когда выполните.
rm-activity_overdue = Мероприятие «{ $event }» ({ $date }) не отмечено выполненным. Если оно прошло — отметьте и приложите подтверждение.
rm-checkpoint = Контрольная точка ИОМ ({ $date }): ответьте коротко, как идёт работа.
rm-half_year = Пора провести анализ результативности ИОМ за полугодие.
rm-term_end_ahead = Срок реализации ИОМ заканчивается { $date }. Проверьте, что осталось сделать.
rm-final_reflection = Срок реализации ИОМ закончился ({ $date }). Проведите итоговую рефлексию — по ней сформируется следующий маршрут.
rm-approval_pending = ИОМ ждёт согласования: { $teacher }, «{ $title }».
rm-correction_interview = { $teacher }: курс «{ $event }» пройден. Назначьте собеседование по корректировке ИОМ и запишите его итоги.
rm-school_year_start = Начало учебного года: проведите стартовый мониторинг ИОМ педагогов (выявление дефицитов, разработка маршрутов).
rm-school_year_end = Конец учебного года: проведите итоговый мониторинг реализации ИОМ.
rm-digest-title = Еженедельная сводка по ИОМ
rm-digest-school = { $school }: на согласовании — { $submitted }, реализуются — { $active }, просрочено мероприятий — { $overdue }.
rm-digest-mentee = { $teacher }: выполнено { $done } из { $total }, просрочено { $overdue }.
pause-usage = Укажите число дней (до { $max }) или дату окончания паузы, например: /pause 14 или /pause 10.01.
pause-set = Напоминания приостановлены до { $date }. Возобновить раньше: /resume
pause-cleared = Напоминания снова включены.
holidays-usage = Укажите каникулы диапазонами через запятую, например: /holidays 28.12.2026-11.01.2027, 23.03.2027-31.03.2027
holidays-current = Каникулы района: { $list }
holidays-set = Каникулы сохранены ({ $count }). В эти дни напоминания не отправляются.

## Собеседование по корректировке ИОМ
ci-record = 📝 Записать итоги собеседования
ci-ask-outcome = Итоги собеседования по корректировке ИОМ: что педагог применит в работе, что изменить в ИОМ?
ci-saved = Итоги собеседования сохранены.
ci-already = Итоги этого собеседования уже записаны.

## Комментарии и рекомендации
cm-comment = 💬 Комментарий к ИОМ
cm-comment-task = 💬 К задаче
cm-recommend = 📌 Адресная рекомендация
cm-history = Комментарии:
cm-line = • { $author }: { $text }
cm-line-recommendation = • 📌 { $author } (рекомендация): { $text }
cm-reply = Ответить
cm-ask-reply = Напишите ответ.
cm-choose-task = К какой задаче комментарий?
cm-ask-comment = Напишите комментарий.
cm-ask-recommendation = Напишите адресную рекомендацию педагогу.
cm-saved = Комментарий отправлен педагогу.
cm-reply-saved = Ответ отправлен.
cm-recommendation-saved = Рекомендация записана и отправлена педагогу.
cm-notify-comment =
    { $author } прокомментировал(а) ваш ИОМ «{ $title }»{ $hasTask ->
        [yes] , задачу «{ $task }»
       *[no] {""}
    }:
    { $text }
cm-notify-recommendation =
    Адресная рекомендация по ИОМ «{ $title }» от { $author }:
    { $text }
cm-notify-reply =
    Ответ по ИОМ «{ $title }» от { $author }:
    { $text }

## Документ Word
doc-button = 📄 ИОМ в Word
doc-title = Индивидуальный образовательный маршрут педагога
doc-teacher = Педагог
doc-school = Образовательная организация
doc-term = Срок реализации
doc-status = Статус
doc-history = Индивидуальная образовательная история
doc-diagnostics = Результаты диагностики профессиональных дефицитов
doc-area = Область компетенций
doc-percent = Уровень, %
doc-goal = Цель
doc-tasks = Задачи, ресурсы и мероприятия
doc-task = Задача
doc-deficit = Дефицит
doc-resources = Ресурсы
doc-activities = Мероприятия (дата, уровень)
doc-deadline = Срок
doc-expected = Ожидаемый результат
doc-broadcasts = Трансляция педагогического опыта
doc-event = Мероприятие
doc-topic = Тема
doc-date = Дата
doc-product = Продукт
doc-products = Продукты
doc-reflection = Рефлексия и самооценка
doc-reflection-checkpoint = Контрольная точка
doc-reflection-half_year = Анализ за полугодие
doc-reflection-final = Итоговая рефлексия
doc-fact = Фактический результат
doc-corrections = Трудности и корректировка
doc-prospects = Перспективы
doc-self-assessment = Самооценка реализации ИОМ

## Мониторинг
ds-chart-school = ИОМ педагогов: { $school }
ds-chart-district = Доля педагогов с ИОМ по школам, %
ds-no-route = нет ИОМ
ds-recent-title = Выполнено за последние { $days } { $days ->
    [one] день
    [few] дня
   *[many] дней
}:
ds-recent-none = За последние { $days } { $days ->
    [one] день
    [few] дня
   *[many] дней
} выполненных мероприятий нет.
ds-recent-line = { $date } — { $teacher }: { $event }
ds-xlsx = 📊 Выгрузить в Excel
ds-no-schools = В районе пока нет школ.
ds-record-facts = Отметить показатели: { $school }
ds-facts-title = Показатели школы «{ $school }» (отмечает методист):
ds-fact-hasCpdRegulation = Положение о непрерывном профессиональном развитии
ds-fact-monitoringInVsoko = Мониторинг ИОМ включён в ВСОКО
ds-fact-jobDescriptionsUpdated = Должностные инструкции актуализированы в связи с реализацией ИОМ
ds-yes = да
ds-no = нет
ds-unknown = не отмечено
xlsx-sheet-schools = Школы
xlsx-sheet-teachers = Педагоги
xlsx-school = Школа
xlsx-teachers = Зарегистрировано педагогов
xlsx-with-route = С утверждённым ИОМ в учебном году
xlsx-share = 2.4.1 Доля педагогических работников с ИОМ, %
xlsx-recommendations = 2.4.4 Адресных рекомендаций выдано
xlsx-regulation = 2.4.2 Положение о непрерывном профессиональном развитии педагогов
xlsx-vsoko = 2.4.3 Мониторинг ИОМ в ВСОКО
xlsx-job-descriptions = 2.4.5 Должностные инструкции актуализированы в связи с реализацией ИОМ
xlsx-completion = Выполнено мероприятий из наступивших по сроку, %
xlsx-overdue = Просрочено
xlsx-teacher = Педагог
xlsx-route = ИОМ
xlsx-status = Статус
xlsx-done = Выполнено
xlsx-total = Всего
xlsx-no-route = нет ИОМ
xlsx-yes = да
xlsx-no = нет

## Школы: импорт и наставники
org-csv-ask = Пришлите CSV-файл со списком школ (одна школа в строке, первый столбец — название) или вставьте список текстом.
org-csv-too-big = Файл слишком большой (больше 1 МБ).
org-csv-empty = В файле не нашлось названий школ.
org-csv-exists = { $name } — уже есть
org-csv-created = { $name } — приглашение для заместителя ({ $uses ->
        [one] одноразовое
       *[other] на { $uses } человек(а)
    }, до { $date }): { $link }
org-no-mentors = В школе пока нет наставников. Пригласите их: /invite mentor
org-choose-mentor = Выберите наставника:
org-choose-mentee-of = Кого будет сопровождать наставник { $mentor }?
org-mentor-assigned = Наставник { $mentor } закреплён за педагогом { $teacher }.
org-csv-header = название, школа, наименование

## Защита от перегрузки
rate-limited = Слишком много сообщений подряд. Подождите минуту — и продолжим.

## Персональные данные
pd-export = Все данные, которые бот хранит о вас: документ для чтения и тот же набор в машиночитаемом виде.
pd-ask = Удалить ваши персональные данные? ФИО, образовательная история, результаты диагностики, тексты маршрутов, рефлексии и подтверждения будут удалены безвозвратно; для статистики школы останутся только обезличенные сведения (даты и статусы). Это также отзыв согласия на обработку персональных данных.
pd-confirm = Удалить мои данные
pd-keep = Не удалять
pd-kept = Хорошо, ничего не удалено.
pd-erased = Ваши персональные данные удалены, согласие отозвано. Чтобы снова пользоваться ботом, понадобится новое приглашение.
person-erased = (пользователь удалил свои данные)
person-unnamed = (без имени)

## Каталог ресурсов
catalog-export = Каталог ресурсов (CSV, можно открыть в Excel). Чтобы добавить или изменить ресурсы, пришлите файл с теми же столбцами: code, title, kind, form, level, areas (через |), hours, url, provider.
catalog-send-file = Пришлите CSV-файл каталога документом (или /cancel).
catalog-imported = Каталог обновлён: записано ресурсов — { $written }, строк с ошибками — { $errors }.
catalog-error-line = Строка { $line }: { $problem }
issue-catalog-duplicate-code = Такой код ресурса уже встречался в файле.
issue-catalog-bad-header = В первой строке нет нужных столбцов: { $columns }.
lv-broadcast-done = Отмечено как проведённое: «{ $event }». Добавьте продукт, если он есть (+ Продукт).

## Corrections of a route being carried out
rc-summary = ✏️ Изменения в ИОМ на согласование
    Педагог: { $teacher } ({ $school })
    ИОМ: { $title }

    Что меняется:
    { $changes }
rc-approve = ✅ Утвердить изменения
rc-return = ↩️ Вернуть
rc-change-goal = • цель
rc-change-term = • срок реализации
rc-change-task_added = • новая задача «{ $task }»
rc-change-task_removed = • удалена задача «{ $task }»
rc-change-task_changed = • изменена задача «{ $task }»
rc-change-activity_added = • новое мероприятие { $date }: { $event }
rc-change-activity_removed = • удалено мероприятие { $date }: { $event }
rc-change-activity_moved = • мероприятие «{ $event }» перенесено с { $from } на { $to }
rc-change-broadcast_added = • новая точка трансляции опыта { $date }: { $event }
rc-change-broadcast_removed = • удалена точка трансляции опыта { $date }: { $event }
rc-ask-comment = Что исправить в изменениях ИОМ «{ $title }»? Напишите комментарий для педагога.
rc-done-approved = Изменения утверждены и вступили в силу.
rc-done-returned = Изменения возвращены педагогу с комментарием.
rc-already-decided = Решение по этим изменениям уже принято.
rc-teacher-approved = ✅ Изменения в ИОМ «{ $title }» утверждены: { $decider }. Они уже действуют.
rc-teacher-returned = ↩️ Изменения в ИОМ «{ $title }» возвращены: { $decider }.
    Комментарий: { $comment }
    Пока действует утверждённый план без изменений.
rc-fix = ✏️ Исправить изменения
rc-editing = ✏️ Вы меняете утверждённый ИОМ. Изменения вступят в силу после согласования; до тех пор действует утверждённый план.
rc-returned-comment = Изменения возвращены с комментарием: { $comment }
rc-changes = Изменений: { $count }.
rc-no-changes = Изменений пока нет.
rc-submit = 📤 Отправить изменения на согласование
rc-discard = 🗑 Отменить изменения
rc-submitted = Изменения отправлены на согласование. Пока их не утвердят, действует прежний план.
rc-nothing-to-submit = Вы ещё ничего не изменили.
rc-waiting = Изменения ИОМ на согласовании. Когда решение будет принято, их можно будет править снова.
rc-discarded = Изменения отменены; действует утверждённый план.
rc-task-has-progress = У этой задачи есть выполненные мероприятия или подтверждения, поэтому её нельзя удалить. Можно удалить оставшиеся запланированные мероприятия.
rc-activity-has-progress = Это мероприятие уже отмечено выполненным или имеет подтверждение, поэтому его нельзя удалить.

## Главное меню
command-menu = ☰ Главное меню
home-menu-button = ☰ Меню
home-outdated = Кнопка устарела — вот актуальный экран.
home-title = ☰ Главное меню
home-profile = 👤 Моя образовательная история
home-help = ❓ Справка
home-back-home = 🏠 Меню
home-back-list = ◀ К списку
home-back-schools = ◀ К школам
home-previous = ◀
home-next = ▶
home-page = { $page } из { $pages }
home-step-history = Следующий шаг — заполнить образовательную историю: она войдёт в ваш ИОМ.
home-do-history = ▶ Заполнить образовательную историю
home-step-diagnosis = Следующий шаг — самодиагностика по профстандарту «Педагог»: { $total } { $total ->
    [one] утверждение
    [few] утверждения
   *[many] утверждений
}, можно прерываться.
home-do-diagnosis = ▶ Пройти самодиагностику
home-step-diagnosis-continue = Самодиагностика: отвечено { $answered } из { $total }.
home-do-diagnosis-continue = ▶ Продолжить самодиагностику ({ $answered } из { $total })
home-step-route = Самодиагностика пройдена. Следующий шаг — составить ИОМ по выявленным дефицитам.
home-do-route = ▶ Составить ИОМ
home-step-draft = Ваш ИОМ — черновик. Дополните его и отправьте на согласование.
home-do-draft = ▶ Продолжить составление ИОМ
home-step-fix = ИОМ возвращён на доработку. Исправьте его по комментарию и отправьте снова.
home-do-fix = ▶ Доработать ИОМ
home-step-waiting = ИОМ на согласовании с { $date }. Когда решение будет принято, я сообщу.
home-do-open = Открыть ИОМ
home-step-mark = ИОМ реализуется. На этой неделе { $thisWeek ->
    [one] { $thisWeek } мероприятие
    [few] { $thisWeek } мероприятия
   *[many] { $thisWeek } мероприятий
}{ $overdue ->
    [0] {""}
   *[other] , просрочено: { $overdue }
}.
home-do-mark = ▶ Отметить выполненное ({ $count } на этой неделе)
home-school = 🏫 { $school }
home-school-association = 🏫 { $school }, { $association }
home-awaiting-summary = На согласовании: { $count }.
home-awaiting = 📥 На согласовании ({ $count })
home-returned = ↩️ Вернулись на доработку ({ $count })
home-association-routes = 👥 ИОМ педагогов ШМО ({ $count })
home-school-routes = 📚 Все ИОМ школы ({ $count })
home-school-dashboard = 📊 Показатели школы
home-mentees = Вы наставник. ИОМ ваших педагогов: { $count }.
home-mentees-button = 🤝 ИОМ моих педагогов ({ $count })
home-district = 🗺 { $district }: { $schools ->
    [one] { $schools } школа
    [few] { $schools } школы
   *[many] { $schools } школ
}.
home-district-schools = 🏫 Школы района ({ $schools })
home-district-dashboard = 📊 Показатели района
home-district-title = Школы района «{ $district }»
home-list-awaiting = На согласовании — { $school } ({ $count })
home-list-returned = Вернулись на доработку — { $school } ({ $count })
home-list-school = ИОМ педагогов — { $school } ({ $count })
home-list-association = ИОМ педагогов ШМО — { $school } ({ $count })
home-list-mentees = ИОМ моих педагогов ({ $count })
list-page = Стр. { $page } из { $pages }.
home-list-page = Стр. { $page } из { $pages }. Нажмите на ИОМ, чтобы открыть его.
home-list-empty = Здесь пока пусто.
home-item = { $teacher } — { $status }
home-item-waiting = { $teacher } — с { $date }

## Карточка ИОМ
card-teacher = Педагог: { $teacher }, { $place }
card-place-association = { $school }, { $association }
card-submitted = Отправлен на согласование { $date }.
card-decided-approve = Утверждён: { $decider }, { $date }.
card-decided-return = Возвращён на доработку: { $decider }, { $date }.
card-returned-before = Ранее возвращался с комментарием: «{ $comment }»
card-deficits = Дефициты: { $areas }
card-tasks = Задачи ({ $count }):
card-task = { $n }. { $title } — ресурсов: { $resources }, мероприятий: { $activities }
card-more-tasks = …и ещё { $count } — все в разделе «Задачи, ресурсы, мероприятия»
home-settings = ⚙️ Настройки
settings-title = ⚙️ Настройки
settings-language = Язык: { $language }
settings-reminders-on = Напоминания: приходят.
settings-paused = Напоминания: на паузе до { $date }.
settings-pause = ⏸ Пауза на { $days ->
    [one] { $days } день
    [few] { $days } дня
   *[many] { $days } дней
}
settings-resume = ▶ Возобновить напоминания
command-settings = ⚙️ Настройки: язык, пауза в напоминаниях
xlsx-staff = Педагогических работников (всего)
xlsx-recommendations-done = Адресных рекомендаций выполнено
xlsx-file-name = Мониторинг ИОМ { $year }.xlsx

## Показатели (000 §2.4)
ds-school-title = 📊 { $school } — { $year } учебный год
ds-district-title = 📊 { $district } — { $year } учебный год
ds-share = 2.4.1 Доля педагогических работников с разработанным ИОМ: { $share } % ({ $withRoute } из { $staff })
ds-share-unknown = 2.4.1 Доля педагогических работников с разработанным ИОМ: численность педагогов не указана (утверждённых ИОМ в этом учебном году: { $withRoute })
ds-registered = Зарегистрировано в боте педагогов: { $teachers }
ds-staff-known = Численность указали { $known } из { $schools } { $schools ->
    [one] школы
    [few] школ
   *[many] школ
}; зарегистрировано педагогов: { $teachers }
ds-statuses = ИОМ: { $list }
ds-no-routes = ИОМ пока нет.
ds-activities = Мероприятия: выполнено { $done } из { $total }, просрочено { $overdue }
ds-recommendations = 2.4.4 Адресные рекомендации: выдано { $issued }, выполнено { $done }
ds-total-regulation = 2.4.2 Школ с Положением о непрерывном профессиональном развитии педагогов: { $count } из { $schools }
ds-total-vsoko = 2.4.3 Школ, включивших мониторинг ИОМ в ВСОКО: { $count } из { $schools }
ds-total-jobs = 2.4.5 Школ, актуализировавших должностные инструкции в связи с реализацией ИОМ: { $count } из { $schools }
ds-deficits-title = Профессиональные дефициты (педагогов):
ds-deficit-line = { $area } — { $teachers }
ds-deficit-map = 🗺 Карта дефицитов по школам
ds-deficit-map-title = 🗺 Карта дефицитов: область — педагогов, по школам
ds-chart = 📈 Диаграмма
ds-chart-no-staff = Диаграмма появится, когда школы укажут численность педагогических работников.
ds-staff-button = 👥 Численность педагогов: { $staff } ✏️
ds-record-facts-button = ✏️ Отметить показатели 2.4.2, 2.4.3, 2.4.5
ds-ask-staff = Сколько в школе педагогических работников (всего, по штатному расписанию)? Напишите число, например: 40
ds-staff-invalid = Нужно целое число от 1 до 2000, например: 40
ds-staff-saved = Численность педагогических работников: { $staff }.
home-back-dashboard = ◀ К показателям
cm-accept = ✅ Принято к исполнению
cm-carried-out = ✔️ Выполнено
cm-marked-accepted = Отмечено: рекомендация принята к исполнению.
cm-marked-done = Отмечено: рекомендация выполнена.
cm-author-accepted = { $teacher } принимает к исполнению вашу рекомендацию по ИОМ «{ $title }»: «{ $text }»
cm-author-done = { $teacher }: рекомендация по ИОМ «{ $title }» выполнена — «{ $text }»
error-awaiting-review = ИОМ ещё не рассмотрен на заседании ШМО: утвердить его можно после рассмотрения.
cm-already-marked = Эта отметка уже стоит.
## ШМО
home-associations = 👥 ШМО школы
org-shmo-choose = Для какого ШМО пригласить руководителя?
org-shmo-first = В школе пока нет ШМО. Создайте его — затем можно пригласить руководителя.
shmo-title = 👥 ШМО школы «{ $school }»
shmo-steps-1 = Утверждение ИОМ: в одну ступень — утверждает заместитель директора по УМР (или руководитель ШМО).
shmo-steps-2 = Утверждение ИОМ: в две ступени — рассмотрение на заседании ШМО, затем «Утверждаю» заместителя директора или директора.
shmo-to-one-step = Утверждать в одну ступень
shmo-to-two-steps = Утверждать в две ступени (сначала ШМО)
shmo-line = • { $name } — руководитель: { $heads }; педагогов: { $teachers }
shmo-none = ШМО пока не созданы.
shmo-without = Педагогов без ШМО: { $count }
shmo-no-head = не назначен
shmo-create = ➕ Создать ШМО
shmo-ask-name = Напишите название ШМО, например: ШМО учителей математики
shmo-exists = ШМО с таким названием уже есть (или название пустое). Напишите другое название.
shmo-created = ШМО «{ $name }» создано.
shmo-one-title = 👥 { $name }
shmo-heads = Руководитель: { $heads }
shmo-teachers = Педагогов: { $count }
shmo-more = …и ещё { $count }
shmo-appoint-head = 👤 Назначить руководителя из работников школы
shmo-invite-head = ✉️ Пригласить руководителя по ссылке
shmo-add-teachers = ➕ Добавить педагогов
shmo-back = ◀ Все ШМО
shmo-back-one = ◀ К ШМО
shmo-choose-head = Кто будет руководителем «{ $name }»?
shmo-choose-teachers = Кого добавить в «{ $name }»? Педагог из другого ШМО будет переведён.
shmo-moves = (переведётся)
shmo-head-invite =
    Приглашение руководителя ШМО «{ $name }» (одноразовое, до { $date }):
    { $link }
shmo-choose-own = В вашей школе есть ШМО. Выберите своё — ИОМ будет рассматриваться на его заседании:
shmo-joined = Ваше методическое объединение: { $name }.

## Документ: утверждение и комментарии
doc-reviewed = Рассмотрено на заседании { $association }, протокол № { $number } от { $date }
doc-association = ШМО
doc-approved = «Утверждаю»: { $role } { $name }, { $date }
doc-approver-deputy = заместитель директора по УМР
doc-approver-director = директор
doc-approver-shmo_head = руководитель ШМО
doc-approver-admin = администратор
doc-comments = Комментарии и рекомендации
doc-comment-line = { $date }, { $author }: { $text }
doc-recommendation-line = { $date }, { $author } — адресная рекомендация{ $status }: { $text }
doc-recommendation-issued = выдана
doc-recommendation-accepted = принята к исполнению
doc-recommendation-done = выполнена
doc-file-name = ИОМ{ $who }{ $years }.docx

## Рассмотрение на ШМО
home-awaiting-review = 📝 На рассмотрении ШМО ({ $count })
home-awaiting-review-summary = На рассмотрении ШМО: { $count }.
home-list-awaiting-review = На рассмотрении ШМО — { $school } ({ $count })
rv-record = 📝 Рассмотрено на заседании ШМО
rv-summary =
    ИОМ на рассмотрение ШМО
    Педагог: { $teacher } ({ $school })
    { $title }
    Срок: { $term }
    Цель: { $goal }
    Задачи:
    { $tasks }
    Мероприятий: { $activities }
rv-line = Рассмотрено на заседании ШМО: протокол № { $number } от { $date }.
rv-recommendation = Рекомендация ШМО: { $text }
rv-ask-protocol = ИОМ «{ $title }»: напишите номер и дату протокола заседания ШМО, например: 3 от { $example }
rv-protocol-invalid = Не понял номер и дату протокола. Напишите, например: 3 от { $example } (дата — не позже сегодняшней).
rv-ask-recommendation = Рекомендация ШМО (например: «рекомендовать к утверждению»). Если без рекомендации — отправьте «-».
rv-done = Рассмотрение ИОМ «{ $title }» записано. ИОМ передан на утверждение заместителю директора.
rv-done-nobody = Рассмотрение ИОМ «{ $title }» записано, но утвердить его пока некому: в боте нет заместителя директора школы.
rv-teacher = Ваш ИОМ «{ $title }» рассмотрен на заседании ШМО (протокол № { $number } от { $date }) и передан на утверждение заместителю директора.

## Разделы карточки ИОМ
card-back = ◀ К карточке
card-tasks-button = 📋 Задачи, ресурсы, мероприятия
card-evidence-button = ✅ Выполнено и подтверждения
card-outcomes-button = 📦 Продукты и трансляция
card-reflection-button = 💭 Анализ и рефлексия
card-comments-button = 💬 Комментарии ({ $count })
card-changes-button = 🔁 Что изменилось после возврата
card-section-tasks = 📋 Задачи, ресурсы и мероприятия — «{ $title }»
card-section-evidence = ✅ Выполненные мероприятия и подтверждения — «{ $title }»
card-section-outcomes = 📦 Продукты и трансляция опыта — «{ $title }»
card-section-reflection = 💭 Анализ результативности и рефлексия — «{ $title }»
card-section-comments = 💬 Комментарии и рекомендации — «{ $title }»
card-section-changes = 🔁 Что изменилось после возврата на доработку — «{ $title }»
card-section-empty = Пока ничего нет.
card-no-evidence = без подтверждения
card-evidence-file = файл { $name }
card-evidence-photo = фото
card-reflection-checkpoint = Контрольная точка ({ $date })
card-reflection-half_year = Анализ результативности за полугодие ({ $date })
card-reflection-final = Итоговая рефлексия ({ $date })
card-checkpoint = Контрольная точка { $date }: { $answer }
card-comment = { $date }, { $author }{ $onTask ->
    [yes] {" "}(к задаче «{ $task }»)
   *[no] {""}
}: { $text }
card-recommendation = 📌 { $date }, { $author } — адресная рекомендация{ $status }{ $onTask ->
    [yes] {" "}(к задаче «{ $task }»)
   *[no] {""}
}: { $text }
card-no-return = ИОМ не возвращался на доработку.
card-nothing-changed = После возврата в ИОМ ничего не изменилось.
home-overdue = ⏰ Просрочены мероприятия ({ $count })
home-list-overdue = ИОМ с просроченными мероприятиями — { $school } ({ $count })
home-interviews = 🗣 Собеседования по корректировке ИОМ ({ $count })
ci-open = 🗣 Открыть собеседование
ci-list-title = 🗣 Собеседования по корректировке ИОМ, ожидают: { $count }
ci-no-day = дата не назначена
ci-title = 🗣 Собеседование по корректировке ИОМ (000 §3.2.7)
ci-teacher = Педагог: { $teacher }, ИОМ «{ $title }»
ci-course = Курс: { $event } (отмечен { $date })
ci-day = Дата собеседования: { $date }
ci-no-day-line = Дата собеседования не назначена.
ci-held = Проведено { $date }. Итоги: { $outcome }
ci-schedule = 📅 Назначить дату
ci-route = 📇 Карточка ИОМ
ci-back = ◀ К собеседованиям
ci-ask-day = На какой день назначить собеседование? Например: { $example }
ci-day-invalid = Нужна дата не раньше сегодняшней, например: { $example }
ci-ask-change = Нужно ли по итогам собеседования изменить ИОМ?
ci-change-yes = ✏️ Да — педагог внесёт изменения
ci-change-no = Нет, ИОМ остаётся прежним
ci-teacher-day = Собеседование по корректировке ИОМ «{ $title }» после курса «{ $event }» назначено на { $date }.
ci-teacher-outcome = Итоги собеседования по корректировке ИОМ «{ $title }»: { $outcome }
ci-teacher-change = По итогам собеседования нужно скорректировать ИОМ «{ $title }»: { $outcome }
    Внесите изменения — они уйдут на согласование.
card-interview = 🗣 Собеседование по корректировке ИОМ (курс «{ $event }»): { $state }
card-interview-waiting = ожидает
card-interview-day = назначено на { $date }
card-interview-held = проведено { $date }, итоги: { $outcome }
doc-interviews = Собеседования по корректировке ИОМ
ds-interviews = Собеседования по корректировке ИОМ: проведено { $held } из { $requested }

## Мониторинг ИОМ (000 §3.1.4, §3.1.6)
mr-button = 📸 Мониторинг: начало и конец года
mr-title = 📸 Мониторинг ИОМ — { $year } учебный год
mr-start = Начало учебного года
mr-end = Конец учебного года
mr-taken = зафиксирован { $date } ({ $by })
mr-not-taken = не проводился
mr-take-start = 📸 Зафиксировать начало года
mr-take-end = 📸 Зафиксировать конец года
mr-retake-start = 🔄 Обновить срез начала года
mr-retake-end = 🔄 Обновить срез конца года
mr-saved = Срез зафиксирован.
mr-dynamics-later = Динамика появится, когда будут зафиксированы оба среза.
mr-dynamics-title = Динамика за год (конец к началу):
mr-share = 2.4.1 Доля педагогических работников с ИОМ: { $from } % → { $to } %
mr-with-route = Педагогов с утверждённым ИОМ: { $from } → { $to }
mr-activities = Выполнено мероприятий: { $from } → { $to }
mr-deficits = Закрыто дефицитов: { $closed } из { $deficits }
mr-recommendations = Выполнено адресных рекомендаций: { $from } → { $to }
mr-by-school = По школам:
mr-school-line = • { $school }: с ИОМ { $from } → { $to }; закрыто дефицитов { $closed } из { $deficits }

## Методическая служба
home-my-schools = 🏫 Мои школы ({ $count })
home-my-schools-title = Мои школы — { $district }
home-methodists = 👩‍🏫 Методисты и их школы
home-school-recommendations = 📌 Рекомендации методической службы ({ $count })
mm-methodists-title = 👩‍🏫 Методисты района и школы, за которые они отвечают:
mm-methodist-line = • { $name } — школ: { $schools }
mm-no-methodists = Методистов пока нет. Пригласите их: /invite methodist
mm-methodist-schools = Школы, за которые отвечает { $name } (выбрано: { $count }). Нажмите на школу, чтобы отметить или снять.
mm-back-methodists = ◀ К методистам
mm-recommend = 📌 Рекомендация школе
mm-recommendations = 📌 Рекомендации школе
mm-ask-recommendation = Напишите адресную рекомендацию школе (например, по итогам мониторинга).
mm-recommendation-saved = Рекомендация для «{ $school }» записана; получили: { $count }.
mm-notify =
    📌 Адресная рекомендация методической службы для «{ $school }» — { $author }:
    { $text }
mm-open = Открыть
mm-recommendations-title = 📌 Рекомендации методической службы — { $school } ({ $count })
mm-recommendation-line = { $date } — { $status }: { $text }
mm-recommendation-title = 📌 Адресная рекомендация — { $author }, { $date }:
mm-status = Состояние: { $status }
mm-reply = Ответ школы: { $text }
mm-back-recommendations = ◀ К рекомендациям
mm-answer-saved = Ответ записан и отправлен автору рекомендации.
mm-author-accepted = «{ $school }» принимает к исполнению вашу рекомендацию: «{ $text }»
mm-author-done = «{ $school }»: рекомендация выполнена — «{ $text }»
mm-author-answer = Ответ «{ $school }» на вашу рекомендацию: { $text }
xlsx-total-row = Итого по району
xlsx-done-share = Выполнено мероприятий, % от всех запланированных
xlsx-approved-on = Дата утверждения
xlsx-goal = Цель ИОМ
xlsx-deficits = Профессиональные дефициты
route-untitled = ИОМ без названия
issue-staff-out-of-range = Нужно целое число от 1 до { $max }.
issue-protocol-invalid = Номер протокола — не длиннее 20 знаков, дата — не позже сегодняшней.
issue-association-exists = ШМО с таким названием уже есть.
issue-date-in-past = Дата не может быть раньше сегодняшней.
issue-too-many-tasks = В ИОМ уже наибольшее число задач.

## Предложения к ИОМ (002 §3.2)
pr-propose = 📝 Предложить правку
pr-choose = Что предложить педагогу?
pr-kind-goal = Цель ИОМ
pr-kind-task = Новую задачу
pr-ask-goal = Напишите предлагаемую формулировку цели ИОМ.
pr-ask-task = Напишите предлагаемую задачу, например: Освоить приёмы смыслового чтения на уроках.
pr-sent = Предложение отправлено педагогу.
pr-notify-goal =
    📝 { $author } предлагает цель для ИОМ «{ $title }»:
    { $text }
pr-notify-task =
    📝 { $author } предлагает добавить в ИОМ «{ $title }» задачу:
    { $text }
pr-accept = ✅ Принять
pr-decline = ✖️ Отклонить
pr-accepted = Принято: изменение внесено в ИОМ.
pr-declined = Предложение отклонено.
pr-to-route = ✏️ Открыть ИОМ
pr-to-correction = ✏️ Открыть изменения ИОМ
pr-author-accepted = { $teacher } принимает ваше предложение к ИОМ «{ $title }»: «{ $text }»
pr-author-declined = { $teacher } отклоняет ваше предложение к ИОМ «{ $title }»: «{ $text }»
error-too-many-tasks = В ИОМ уже наибольшее число задач.

## Карточка ИОМ педагога
tc-tasks = Задач: { $count }
tc-returned = Возвращён на доработку: «{ $comment }»
tc-progress = Выполнено { $done } из { $total }; на этой неделе: { $thisWeek }; просрочено: { $overdue }
tc-next = Ближайшее: { $date } — { $event }
tc-section-tasks = 📋 Задачи и мероприятия
tc-section-done = ✅ Выполнено
tc-section-outcomes = 📦 Продукты и трансляция
tc-section-comments = 💬 Комментарии
rd-bc-added = Точка трансляции опыта добавлена: { $date } — { $event }
diag-chart-profile = Профиль компетенций
diag-chart-self = Самооценка
diag-chart-external = Внешняя диагностика
diag-chart-threshold = порог { $value } %
rd-ask-kind = «{ $event }» — что это за мероприятие?
rd-kind-other = Другое
rd-ask-level = «{ $event }» — на каком уровне?
rd-task-remove-resource = Удалить ресурс
rd-choose-resource-remove = Какой ресурс удалить? Мероприятия по нему останутся — их можно удалить отдельно.
rd-no-resources = В задаче пока нет ресурсов.
rd-confirm-delete-task = Удалить задачу «{ $title }» со всеми её ресурсами и мероприятиями?
rd-confirm-remove-activity = Удалить мероприятие { $date } — { $event }?
rd-confirm-remove-resource = Удалить ресурс «{ $title }» из задачи?
rd-catalog-entry = { $n }. { $title } — { $kind }, { $form }, { $level }{ $hours ->
    [0] {""}
   *[other] , { $hours } ч
}
confirm-yes = ✔️ Да
confirm-cancel = ✖️ Отмена
lv-broadcast-ask = Отметить как проведённое: { $date } — { $event }? Отменить отметку будет нельзя.
lv-broadcast-confirm = ✔️ Да, проведено
form-formal = формальное образование
form-non_formal = неформальное образование
form-informal = информальное образование
csv-column-code = Код
csv-column-title = Название
csv-column-kind = Вид
csv-column-form = Форма образования
csv-column-level = Уровень
csv-column-areas = Области компетенций
csv-column-hours = Часов
csv-column-url = Ссылка
csv-column-provider = Организатор
catalog-file-name = Каталог ресурсов.csv
md-title = Мои данные в боте ИОМ
md-file-name = Мои данные.docx
md-json-name = Мои данные (машиночитаемые).json
md-json-caption = Те же данные в машиночитаемом виде (JSON).
md-who = Кто вы
md-name = ФИО: { $name }
md-username = Имя в Telegram: { $username }
md-language = Язык интерфейса: { $language }
md-consent = Согласие на обработку персональных данных дано { $date }.
md-no-consent = Согласие на обработку персональных данных не дано.
md-paused = Напоминания приостановлены до { $date }.
md-roles = Роли
md-role = { $role } — { $organisation }
md-diagnosis = Самодиагностика
md-diagnosis-date = Пройдена { $date }. Уровень по областям:
md-none = Нет.
md-routes = Индивидуальные образовательные маршруты
md-route = «{ $title }» — { $status }
md-written = Что вы написали другим
md-written-count = Комментариев и рекомендаций: { $count } (тексты — в машиночитаемом файле).
md-technical = Служебные записи
md-technical-text = Журнал действий (что и когда сделано, без текстов), настройки чата и очередь напоминаний. Всё это удаляется вместе с вашими данными по команде /deletemydata.
card-profile-chart = 📈 Профиль компетенций
input-cancel = ✖️ Отмена
input-cancelled = Отменено. Ничего не изменилось.
rd-resource-chosen = Ресурс: «{ $title }». Он будет добавлен вместе с датой мероприятия.
rd-default-title-named = ИОМ на { $from }–{ $to } гг. — { $who }
rd-title = Название
rd-theme = Методическая тема
rd-ask-title = Текущее название: «{ $current }». Напишите новое.
rd-ask-theme = Методическая тема сейчас: { $current }. Напишите тему, над которой вы работаете (002 §5.7).
route-theme = Методическая тема: { $theme }
doc-theme = Методическая тема
diag-not-applicable = Не применимо к моей работе
rm-open-home = ☰ Открыть меню: списки и показатели
rd-task-move-activity = Перенести мероприятие
rd-choose-activity-move = Какое мероприятие перенести?
rd-ask-move = «{ $event }» сейчас на { $date }. Напишите новую дату.
rd-ask-bc-product = Какой продукт вы представите на «{ $event }» (например: методическая разработка урока)? Если пока не знаете — отправьте «-».
rd-catalog-search = 🔎 Поиск по словам
rd-catalog-ask-words = Какие слова искать в названии ресурса или организаторе? Например: функциональная грамотность
rd-catalog-words = Найдено по словам: «{ $words }»
rd-catalog-nothing = Ничего не нашлось. Измените слова или фильтры.
rd-catalog-any = любая
rd-catalog-form = Форма: { $form } ▸
rd-catalog-level = Уровень: { $level } ▸
rd-catalog-areas-task = Области: задачи ▸ все
rd-catalog-areas-all = Области: все ▸ задачи
rd-catalog-clear = ✖ Сбросить поиск и фильтры
home-my-recommendations = 📌 Мои адресные рекомендации
mm-mine-title = 📌 Мои адресные рекомендации: { $count }, выполнено: { $done }
mm-mine-line = { $date } — { $whom } — { $status }: { $text }
rc-more-changes = …и ещё { $count }
doc-hours = ч
doc-deadline-result = Срок и ожидаемый результат
tz-Europe-Kaliningrad = Калининград (UTC+2)
tz-Europe-Moscow = Москва (UTC+3)
tz-Europe-Samara = Самара (UTC+4)
tz-Asia-Yekaterinburg = Екатеринбург (UTC+5)
tz-Asia-Omsk = Омск (UTC+6)
tz-Asia-Krasnoyarsk = Красноярск (UTC+7)
tz-Asia-Irkutsk = Иркутск (UTC+8)
tz-Asia-Yakutsk = Якутск (UTC+9)
tz-Asia-Vladivostok = Владивосток (UTC+10)
tz-Asia-Magadan = Магадан (UTC+11)
tz-Asia-Kamchatka = Петропавловск-Камчатский (UTC+12)
settings-tz = Часовой пояс: { $zone }
settings-tz-button = 🕒 Часовой пояс: { $zone }
settings-back = ◀ Назад
tz-other = другой

## Демонстрация в консоли (npm run console, /demo)
demo-district = Демо-район
demo-school = Демо-школа № 1
demo-deputy = Ольга Петрова
demo-teacher = Анна Иванова
demo-mentor = Мария Наставникова
demo-methodist = Елена Методистова
