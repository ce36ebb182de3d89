# Shikaku Pocket — 日本語（主言語）。高齢の方にも読みやすい、ていねいで短い文にしています。
# メッセージIDは core のコード（advice.md の item・alert・step・deadline）と同じ名前です。

## 持ち物
item-mynacard = マイナ保険証（保険証として登録したマイナンバーカード）
item-saved_pdf = マイナポータルで保存した「資格情報」のPDF（スマホの画面か、印刷したもの）
item-mynaportal_screen = マイナポータルアプリの「資格情報」画面
item-notice = 資格情報のお知らせ（切り取ったカード部分でもかまいません）
item-certificate = 資格確認書
item-legacy_card = これまでの健康保険証
item-smartphone = マイナ保険証として設定したスマートフォン（スマホ用電子証明書）
item-subsidy_card = 市区町村の医療証（受給者証）
item-limit_certificate = 限度額適用認定証

need-required = 必ず持って行く
need-one_of = どれか1つを持って行く
need-recommended = 持って行くと安心
copy-ok = コピーや印刷したものでもかまいません

## 受付での手順
step-place_card = 受付のカードリーダーにマイナ保険証を置きます。
step-authenticate = 顔認証か、4けたの暗証番号で本人確認をします。
step-consent = 画面の案内にそって、薬の情報などを医師に見せてよいか、高額療養費の限度額の情報を使うかを選びます。
step-show_backup = カードリーダーが使えないときは、マイナ保険証と一緒に、持ち物にある資格情報を受付の方に見せます。
step-show_backup-named = カードリーダーが使えないときは、マイナ保険証と一緒に、{ $backups }を受付の方に見せます。
step-show_card = マイナ保険証を受付の方に見せ、目で見て確認してもらいます。
step-show_certificate = 受付で資格確認書を見せます。
step-leave_with_teacher = 前もって、先生（保育園では保育士さん）に預けておきます。

## 注意
alert-ecert_renewal_window = 電子証明書の更新の時期です（有効期限：{ $date }）
    .action = 市区町村の窓口で、無料で更新できます。有効期限までに更新してください。
alert-ecert_grace = 電子証明書の有効期限が切れています
    .action = 保険証としては{ $date }まで使えます。それまでに、市区町村の窓口で電子証明書を更新してください。
alert-ecert_lapsed = 電子証明書が切れて3か月以上たち、保険証としての登録が解除されています
    .action = 市区町村の窓口で電子証明書を更新し、もう一度保険証として登録してください。それまでは、保険者から届く資格確認書で受診します。
alert-card_expiring = マイナンバーカードの有効期限が近づいています（{ $date }）
    .action = 新しいカードを申し込んでください。電子証明書もカードと一緒に切れます。有効期限の2〜3か月前にJ-LISから通知が届き、そのときから申し込めます。
alert-card_expired = マイナンバーカードの有効期限が切れています（{ $date }）
    .action = このカードは保険証として使えません。新しいカードを申し込んでください。できあがるまでは、保険者から届く資格確認書で受診します。
alert-not_registered = マイナンバーカードが保険証として登録されていません
    .action = 医療機関や薬局のカードリーダー、またはマイナポータルで登録できます。
alert-register_at_reader = この受付のカードリーダーで、保険証としての登録ができます
    .action = カードを置いて、画面の案内にそって登録してください。その日から保険証として使えます。
alert-pin_last_try = 暗証番号を次にまちがえると、ロックされるおそれがあります
    .action = 暗証番号に自信がないときは、顔認証を選んでください。
alert-pin_locked = 暗証番号がロックされています
    .action = 顔認証か、受付の方による目で見ての確認（目視確認）で受診できます。暗証番号は、市区町村の窓口で無料で再設定できます。署名用のパスワードが分かれば、スマホの「JPKI暗証番号リセット」アプリと、セブン-イレブンかイオンのマルチコピー機でも再設定できます。
alert-certificate_expiring = 資格確認書の有効期限が近づいています（{ $date }）
    .action = 新しい資格確認書が届くか確かめてください。届かないときは、加入している保険者に問い合わせてください。
alert-certificate_expired = 資格確認書の有効期限が切れています（{ $date }）
    .action = 新しい資格確認書か、マイナ保険証を使ってください。手元にないときは、保険者に問い合わせてください。
alert-legacy_card_expired = これまでの健康保険証は、もう使えません
    .action = マイナ保険証か資格確認書で受診してください。
alert-snapshot_stale = 保存した資格情報のPDFが1年以上前のものです（{ $date }保存）
    .action = マイナポータルから、もう一度PDFを保存してください。
alert-share_ratio_expiring = 窓口での負担割合の有効期限が近づいています（{ $date }）
    .action = 新しい負担割合の書類が届いたら、PDFを保存し直すか、新しいお知らせを持って行ってください。
alert-share_ratio_expired = 書類にある負担割合の有効期限が過ぎています（{ $date }）
    .action = 新しい負担割合の書類が届いていないか確かめ、PDFを保存し直してください。
alert-turning_75 = { $date }に75歳になり、後期高齢者医療制度に移ります
    .action = マイナ保険証は誕生日のあとも使えます（保険は自動で切り替わります）。誕生日の前の月に、{ $document ->
        [notice] 新しい資格情報のお知らせ
       *[other] 新しい資格確認書
    }が届きます。誕生日のあとに、マイナポータルから新しいPDFを保存してください。
alert-documents_void_after_75 = 75歳になる前の資格情報は、もう使えません（{ $date }から）
    .action = マイナ保険証はそのまま使えます。後期高齢者医療の新しいお知らせか資格確認書を使うか、マイナポータルから新しいPDFを保存してください。
alert-last4_mismatch = お知らせに書かれた個人番号の下4けたが、カードと違います
    .action = 保険者の登録がまちがっているおそれがあります。加入している保険者（健康保険組合など）に連絡してください。
alert-no_backup = カードと一緒に見せる資格情報がありません
    .action = カードリーダーが使えないときのために、マイナポータルから資格情報のPDFを保存するか、資格情報のお知らせを持って行ってください。
alert-prepare_pdf = 先生に預ける資格情報がありません
    .action = マイナポータルで資格情報のPDFを保存して印刷するか、資格情報のお知らせのコピーを用意して、先生に預けてください。
alert-no_valid_proof = 保険証として使えるものがありません
    .action = このままでは窓口でいったん全額（10割）を支払い、あとで保険者に払い戻し（療養費）を申請することになります。保険者に資格確認書の交付を申し出てください。
alert-pin_unknown = 暗証番号が使える状態か分かりません
    .action = 暗証番号に自信がないときは、カードリーダーで顔認証を選んでください。まちがえるとロックされるおそれがあります。
alert-documents_void_after_change = 前の保険の資格情報は、もう使えません（{ $date }から）
    .action = 新しい保険者から届くお知らせか資格確認書を使ってください。マイナポータルに新しい保険が出たら、PDFを保存し直してください。
alert-new_insurer_pending = 新しい保険の登録がまだ済んでいないかもしれません（{ $date }に変更）
    .action = 新しい保険者への加入の届出が済んでいるか確かめてください。カードリーダーやマイナポータルに新しい保険が出るまでは、届いた新しいお知らせか資格確認書を持って行くか、医療機関で「被保険者資格申立書」を書くか、いったん全額を支払って、あとで保険者に払い戻しを申請します。
alert-limit_by_consent = カードリーダーで、限度額の情報を使うことに同意してください
    .action = 同意すると、窓口での支払いが限度額までになり、限度額適用認定証はいりません。
alert-apply_limit_certificate = 入院の前に、保険者に限度額適用認定証を申請してください
    .action = 資格確認書で受診するときは、限度額適用認定証か、資格確認書に書かれた限度額の区分がないと、窓口での支払いが限度額までになりません。ないときは、いったん自己負担分を支払い、あとで払い戻し（高額療養費）を申請します。70歳以上の方は、所得の区分によって書類がいらないことがあります。保険者に確かめてください。
alert-subsidy_card_expiring = 医療証の有効期限が近づいています（{ $date }）
    .action = 市区町村から新しい医療証が届くか確かめてください。届かないときは、市区町村の窓口に問い合わせてください。
alert-subsidy_card_expired = 医療証の有効期限が切れています（{ $date }）
    .action = 市区町村に新しい医療証を申し出てください。それまでは通常の自己負担分を支払い、差額はあとで市区町村に申請できます。
alert-document_not_theirs = この方のものではないかもしれない書類があります
    .action = 書類の氏名か生年月日が違います。確かめてから、この方のものと確認するか、削除してください。確認するまでは、使ったり渡したりしません。

## 期限
deadline-card_expiry = マイナンバーカードの有効期限
deadline-ecert_renewal_opens = 電子証明書の更新ができるようになる日
deadline-ecert_expiry = 電子証明書の有効期限
deadline-ecert_grace_ends = 保険証として使える最後の日（電子証明書の期限切れ後）
deadline-certificate_expiry = 資格確認書の有効期限
deadline-share_ratio_expiry = 負担割合の有効期限
deadline-elderly_status_starts = 高齢受給者（70歳から）になる日
deadline-turns_75 = 75歳の誕生日（後期高齢者医療へ）
deadline-legacy_card_end = これまでの健康保険証が使えた最後の日
deadline-subsidy_card_expiry = 医療証の有効期限

## 全体
covered-yes = この持ち物で、いつもの負担割合で受診できます。
covered-no = このままでは、いつもの負担割合で受診できません。
date = { $year }年{ $month }月{ $day }日

## 受診先と見出し
visit-clinic = 病院・診療所
visit-pharmacy = 薬局
visit-school_trip = 修学旅行・校外での活動
visit-nursery = 保育園・幼稚園
visit-hospital_stay = 入院・高額な治療
visit-dentist = 歯科
online-available = カードリーダーが使える
online-unavailable = オンライン資格確認のない医療機関
online-reader_broken = カードリーダーが故障中
online-unknown = カードリーダーが使えるか分からない
heading-carry = 持ち物
heading-alerts = 気をつけること
heading-steps = 受付での流れ
heading-deadlines = これからの期限
with-note = { $text }（{ $note }）

## リマインダー（ロック画面に出ます。ふだんは内容を出しません）
reminder-discreet-title = 資格ポケットからのお知らせ
reminder-discreet-body = 確かめてほしい期限があります。アプリを開いてください。
reminder-title = { $named ->
        [yes] { $name }さん：
       *[no] {""}
    }{ $when ->
        [today] 今日は「{ $what }」です
        [after] 「{ $what }」を過ぎました
       *[before] 「{ $what }」まであと{ $days }日です
    }
reminder-card_expiry = カードの有効期限は{ $date }です。市区町村の窓口で、カードの更新を申し込んでください。
reminder-ecert_renewal_opens = 今日から、市区町村の窓口で電子証明書を更新できます（無料）。
reminder-ecert_expiry = 電子証明書の有効期限は{ $date }です。市区町村の窓口で更新してください。
reminder-ecert_grace_ends = { $date }を過ぎると、保険証としての登録が解除されます。それまでに電子証明書を更新してください。
reminder-certificate_expiry = 資格確認書の有効期限は{ $date }です。新しいものが届いているか確かめてください。
reminder-share_ratio_expiry = 負担割合の有効期限は{ $date }です。新しい負担割合が届いたら、PDFを保存し直してください。
reminder-elderly_status_starts = { $date }から高齢受給者になり、窓口での負担割合が変わります。届いた書類を確かめてください。
reminder-turns_75 = { $date }から後期高齢者医療制度に移ります。マイナ保険証はそのまま使えます。誕生日のあとに、新しいPDFを保存してください。
reminder-legacy_card_end = これまでの健康保険証は{ $date }で使えなくなりました。
reminder-subsidy_card_expiry = 医療証の有効期限は{ $date }です。新しい医療証が届いているか確かめてください。

## カレンダーへの書き出し（利用者が自分で行うので、何の日かを書きます）
calendar-title = { $named ->
        [yes] { $name }さん：
       *[no] {""}
    }{ $what }

## 修学旅行・保育園に預ける資格情報
pack-title = 健康保険の資格情報について
pack-to = 引率の先生・保育士の方へ
pack-intro = { $child }の健康保険の資格情報をお預けします。{ $during }に病院や薬局にかかるときは、付き添いの方が受付でこの書類を見せてください。
pack-during-school_trip = 旅行や校外での活動の間
pack-during-nursery = 保育の間
pack-document = お預けする書類：{ $document }
pack-document-dated = お預けする書類：{ $document }（{ $date }時点）
pack-basis = 厚生労働省の事務連絡（2025年2月12日）により、修学旅行や保育などで先生が付き添うときは、マイナ保険証がなくても、資格情報のPDFや「資格情報のお知らせ」（コピーでも可）、または資格確認書のコピーで受診できます。
pack-refused = 受付で断られたときは、この事務連絡のことを伝えてください。それでも受け付けられない場合は、いったん医療費の全額をお支払いいただき、領収書を保護者にお渡しください。保護者が保険者に払い戻し（療養費）を申請します。
pack-contact = 保護者の連絡先：{ $contact }
pack-none = 先生に預けられる資格情報がまだありません。下の手順で用意してください。
pack-get-pdf-title = お子さまの資格情報のPDFを用意する手順
pack-get-pdf-1 = 保護者のスマートフォンでマイナポータルアプリを開き、お子さまのマイナンバーカードでログインします。お子さまの4けたの暗証番号が必要です（3回まちがえるとロックされます）。
pack-get-pdf-2 = 「健康保険証」のメニューから「資格情報をPDFで保存」を選びます。
pack-get-pdf-3 = 保存したPDFを資格ポケットに取り込み、印刷して先生に渡します。
pack-get-pdf-stale = 保存してあるPDFは古くなっています（{ $date }保存）。{ $visit ->
        [nursery] 預ける前に
       *[other] 出発の前に
    }、もう一度保存してください。
pack-subsidy = 医療証（子ども医療費助成などの受給者証）のコピーも添えています。上の書類と一緒に、受付で見せてください。
pack-no-card = お子さまがマイナ保険証を使えないときは、資格確認書のコピーを先生に渡してください。資格確認書がなければ、加入している保険者に交付を申し出てください。

## 暗証番号
pin-kind-user_certificate = 利用者証明用の暗証番号（数字4けた）
pin-kind-card_info_input = 券面事項入力補助用の暗証番号（数字4けた）
pin-kind-resident_registry = 住民基本台帳用の暗証番号（数字4けた）
pin-kind-signature = 署名用のパスワード（英数字6〜16文字）
pin-use_face_recognition = 受付のカードリーダーでは、暗証番号ではなく顔認証を選んでください。
pin-ask_staff_visual_check = 顔認証もうまくいかないときは、受付の方に目で見て確認してもらえます（目視確認）。
pin-do_not_guess = 確かでないまま入力しないでください。次にまちがえると、ロックされるおそれがあります。
pin-insurance_check_unaffected = この暗証番号は保険証の確認には使わないので、受診には影響しません。
pin-reset_at_city_office = 市区町村の窓口で、無料で再設定できます。マイナンバーカードを持って行ってください。
pin-reset_by_app_and_kiosk = { $partner }が分かれば、スマホの「JPKI暗証番号リセット」アプリで手続きをして、{ $hours }時間以内にコンビニ（{ $chains }）のマルチコピー機で再設定することもできます（{ $opens }〜{ $closes }、無料）。
pin-other_pins_may_share_value = 4けたの暗証番号は3つとも同じ番号にしていることがあります。まちがえた番号を、ほかの暗証番号で試さないでください。
pin-read_card_for_count = 残りの回数は、スマホでカードを読み取ると正確に分かります（読み取っても回数は減りません）。
store-seven_eleven = セブン-イレブン
store-aeon = イオン
store-lawson = ローソン
store-family_mart = ファミリーマート
store-ministop = ミニストップ
list-separator = 、
or-separator = か、

## ---------------------------------------------------------------------------------------------
## アプリの画面 (shikaku-app)。ここから下はアプリ中核のブロック: ID はすべて `app-` で始まる。
## ---------------------------------------------------------------------------------------------

## 画面のタイトル
app-title-unlock = 資格ポケット
app-title-household = 世帯
app-title-member = 世帯員
app-title-counter_card = 窓口カード
app-title-visit_check = 受診前の確認
app-title-import = 書類の追加
app-title-pin = 暗証番号
app-title-card_scan = カードの読み取り
app-title-reminders = 通知
app-title-school_pack = 修学旅行・保育所
app-title-settings = バックアップと設定

## 表示の種類と読み上げ
app-tone-ok = 問題なし
app-tone-info = お知らせ
app-tone-warning = 注意
app-tone-critical = 重要
app-a11y-toned = { $tone }：{ $text }
app-a11y-fact = { $label }：{ $value }
app-a11y-member-row = { $name }、{ $status }
app-a11y-member-row-next = { $name }、{ $status }、{ $next }
app-a11y-document = { $kind }、{ $stored }に保存
app-a11y-document-remove = { $kind }を削除
app-a11y-member-move-up = { $name }を上へ移動
app-a11y-member-move-down = { $name }を下へ移動
app-a11y-reminder = { $name }：{ $date }に{ $what }、{ $fires }にお知らせ
app-yes = はい
app-no = いいえ
app-not-known = 不明
app-minutes = { $n }分
app-list-number = { $n }.
app-list-bullet = ・

## 初回設定・ロック解除
app-unlock-checking = 開いています…
app-unlock-checking-text-1 = 少々お待ちください。
app-unlock-first_run = ようこそ
app-unlock-first_run-text-1 = 資格ポケットは、世帯の保険の資格情報をこのスマートフォンの中だけに暗号化して保存します。
app-unlock-first_run-text-2 = スマートフォンの画面ロックで守るか、パスフレーズを決めて守ることができます。
app-unlock-platform_key = ロック解除
app-unlock-platform_key-text-1 = スマートフォンの画面ロックで開きます。
app-unlock-passphrase = ロック解除
app-unlock-passphrase-text-1 = パスフレーズを入力してください。
app-unlock-key_gone = この端末の鍵がなくなりました
app-unlock-key_gone-text-1 = 初期化や機種変更などで、保存した情報を開く鍵がこのスマートフォンからなくなりました。
app-unlock-key_gone-text-2 = バックアップから復元するか、最初からやり直してください。
app-unlock-backup_picked = バックアップの復元
app-unlock-backup_picked-text-1 = このバックアップを作ったときに決めたパスフレーズを入力してください。
app-unlock-create_with_platform_key = 画面ロックで守る
app-unlock-create_with_passphrase = パスフレーズを使う
app-unlock-create_with_passphrase-field = 新しいパスフレーズ
app-unlock-unlock_with_platform_key = ロック解除
app-unlock-unlock_with_passphrase = ロック解除
app-unlock-unlock_with_passphrase-field = パスフレーズ
app-unlock-restore_from_backup = バックアップから復元
app-unlock-restore_with_passphrase = 復元する
app-unlock-restore_with_passphrase-field = バックアップのパスフレーズ
app-unlock-start_over = 最初からやり直す

## 問題と完了
app-error-invalid_input = 入力内容を確認してください。
app-error-document = このファイルは読み取れませんでした。マイナポータルで保存したPDFか、はっきり写った写真を使ってください。
app-error-document_my_number = このファイルには12桁のマイナンバー（個人番号）が写っているため、保存しません。マイナポータルで保存したPDFか、個人番号を隠して撮った写真を使ってください。
app-error-not_found = 見つかりませんでした。削除された可能性があります。
app-error-already_exists = このスマートフォンには、すでに保存された情報があります。
app-error-wrong_key = パスフレーズが違います。もう一度お試しください。
app-error-key_unavailable = この端末の鍵がなくなりました。バックアップから復元してください。
app-error-key_provider = 画面ロックを使えませんでした。もう一度お試しください。
app-error-damaged = 保存した情報の一部が壊れていて読めませんでした。ほかの情報は無事です。
app-error-busy = ただいま処理中です。もう一度お試しください。
app-error-storage_full = スマートフォンの空き容量が足りません。何も変更していません。
app-error-update_required = 新しいバージョンのアプリで保存されています。アプリを更新してください。
app-error-storage = 保存中に問題が起きました。何も変更していません。
app-error-card_link = カードが離れました。スマートフォンの背面にカードを当てたまま動かさず、もう一度お試しください。
app-error-card = マイナンバーカードではないか、カードから想定どおりの応答がありませんでした。
app-error-locked = 先にロックを解除してください。
app-error-full_my_number = 12桁のマイナンバー（個人番号）は保存できません。入力から取り除いてください（保存できるのは下4桁だけです）。
app-error-school_not_a_child = 学校・保育所用のセットはお子さま専用です（先生や保育士が持って行きます）。この方は成人のため、ご自身の受診には窓口カードを使ってください。
app-error-no_date = まだ今日の日付がわかりません。もう一度お試しください。
app-error-no_document_picked = 先にファイルを選んでください。
app-error-no_backup_picked = 先にバックアップのファイルを選んでください。
app-error-shell = スマートフォンで処理できませんでした。もう一度お試しください。
app-error-file_unreadable = ファイルを開けませんでした。もう一度選ぶか、いったんスマートフォンに保存してから選んでください。
app-done-backup = バックアップを保存しました。パスフレーズは安全な場所に控えてください。
app-done-imported = 書類を保存しました。
app-done-saved = ファイルを保存しました。
app-done-member_saved = 変更を保存しました。
app-done-document_removed = 書類を削除しました。
app-done-wiped = このスマートフォンからすべて削除しました。

## 世帯
app-household-empty = 資格情報を管理する家族を追加してください。
app-household-damaged = 読み取れなかった世帯員がいます。
app-household-add = 世帯員を追加
app-household-reorder = 並べ替え
app-household-remove = 削除
app-household-move-up = 上へ
app-household-move-down = 下へ
app-household-next = { $what }：{ $date }
app-status-ok = 準備できています
app-status-attention = 近いうちに対応が必要です
app-status-urgent = すぐに対応が必要です
app-relation-self = 本人
app-relation-spouse = 配偶者
app-relation-child = 子
app-relation-parent = 親
app-relation-other = その他

## 世帯員
app-member-birth = 生年月日
app-member-birth-age = { $date }（{ $age }歳）
app-member-import = 書類を追加
app-member-edit = 情報を編集
app-form-member-save = 情報を保存
app-member-document-remove = 削除
app-card-expires = カードの有効期限
app-card-ecert_expires = 電子証明書の有効期限
app-card-registered = 健康保険証の利用登録
app-missing-card = マイナンバーカードの情報（有効期限と保険証利用登録）を入力してください。
app-missing-record = カードが読み取れないときのために、マイナポータルの資格情報PDFか、資格情報のお知らせ・資格確認書の写真を保存してください。
app-missing-birth_date = 生年月日を入力すると、70歳・75歳の切り替えをお知らせできます。
app-kind-mynaportal_pdf = 資格情報PDF（マイナポータル）
app-kind-notice = 資格情報のお知らせ
app-kind-certificate = 資格確認書
app-kind-legacy_card = 健康保険証（旧）
app-kind-image = 写真
app-kind-unknown = その他の書類

## 書類の記載事項
app-field-saved_at = 保存日
app-field-insurer_name = 保険者名
app-field-insurer_number = 保険者番号
app-field-symbol = 記号
app-field-number = 番号
app-field-branch = 枝番
app-field-name = 氏名
app-field-relationship = 本人・家族の別
app-field-share_ratio = 一部負担金の割合
app-field-share_ratio_expires = 負担割合の有効期限
app-field-issued = 交付日
app-field-expires = 有効期限
app-field-last4 = 個人番号の下4桁
app-field-copy_only = 写しのみ
app-relationship-self = 本人
app-relationship-family = 家族
app-share-ratio = { $tenths }割

## 窓口カード
app-counter-with-card = マイナンバーカードと一緒に見せてください。
app-counter-alone = 受付でこれを見せてください。
app-counter-card-only = マイナンバーカードをカードリーダーに置いてください。
app-counter-nothing = 見せられる書類が保存されていません。
app-counter-nothing-help = 受付で何が使えるか確認してください。いったん全額を支払い、あとで保険者に払い戻しを申請することがあります。
app-counter-open = { $document }を表示

## 受診前の確認
app-carry-required = 持っていくもの
app-carry-with_card = カードと一緒にどれか1つ
app-carry-for_teacher = 引率者にどれか1つを預ける
app-carry-one_of = どれか1つ
app-carry-recommended = あると安心なもの
app-why-required = いつもの負担割合で受診するために必要です。
app-why-with_card = カードをオンラインで確認できないとき、窓口でこれも必要になります。
app-why-for_teacher = 引率者がカードの代わりに医療機関で見せます。
app-why-one_of = どれか1つあれば足ります。
app-why-recommended = 必須ではありませんが、困ったときに役立ちます。

## 書類の取り込み
app-import-pick = ファイルを選ぶ・写真を撮る
app-import-choose-kind = 書類の種類を選んでください
app-import-confirm = 保存
app-import-cancel = やめる
app-import-owner-ok = 書類の氏名はこの世帯員のものです。
app-import-owner-differs = 書類の氏名が{ $member }さんと一致しません。本人の書類か確認してください。
app-hint-date = 記載どおりに（例：令和8年4月1日、2026-04-01）
app-hint-last4 = 4桁のみ。全桁は入力しないでください
app-hint-as-printed = 記載どおりに

## 暗証番号
app-pin-intro = 暗証番号を入力する前に、残り回数を確認しましょう。
app-pin-at-most = 残り最大{ $n }回
app-pin-remaining = 残り{ $n }回
app-pin-locked = ロック中
app-pin-unknown = 残り回数は不明
app-pin-record-failed = 間違えた
app-pin-record-succeeded = 合っていた

## カードの読み取り
app-scan-prompt = マイナンバーカードをスマートフォンの背面に当ててください。
app-scan-step-1 = カードをケースから出してください。
app-scan-step-2 = スマートフォンの背面の上のほうに、カードを平らに当ててください。
app-scan-step-3 = 完了と表示されるまで動かさないでください。暗証番号は不要で、回数も減りません。
app-scan-ready = カードを読み取れます。
app-scan-waiting = カードを待っています…
app-scan-done = カードを読み取りました。
app-scan-failed = カードを読み取れませんでした。
app-scan-start = カードを読み取る
app-scan-retry = もう一度
app-scan-stored = カードの情報
app-scan-enter-card = 有効期限を記録するには、世帯員の画面でカードの情報を入力してください。

## 通知
app-reminders-empty = この1年に予定はありません。
app-reminders-details = ロック画面に内容を表示
app-reminders-details-on = 通知に内容と名前が表示されます。スマートフォンを見た人にも読まれます。
app-reminders-details-off = 通知には「確認が必要な日付があります」とだけ表示されます。
app-reminders-export = カレンダーに追加

## 修学旅行・保育所
app-school-kind = 行き先
app-school-dates = 日程
app-school-range = { $starts }〜{ $ends }
app-school-contact = 保護者の連絡先
app-school-plan = 予定を入れる
app-school-change = 予定を変更
app-school-hand-over = 引率者に預けるもの：{ $document }
app-school-nothing = 引率者に預けるものがまだありません。
app-school-ready = 準備できています。
app-school-not-ready = まだ準備ができていません。やることを確認してください。
app-school-print = 印刷
app-school-share = 共有
app-school-print-title = 引率者に預ける資格情報

## バックアップと設定
app-settings-language = 言語
app-language-ja = 日本語
app-language-en = English
app-settings-auto-lock = 自動ロックまで
app-settings-backup-help = バックアップはすべてを1つのファイルにまとめ、専用のパスフレーズで守ります。このスマートフォン以外の場所に保管してください。
app-settings-export = バックアップを作る
app-settings-backup-passphrase = バックアップのパスフレーズ
app-settings-wipe = すべて削除
app-settings-wipe-warning = このスマートフォンに保存したものがすべて削除されます。元に戻せるのはバックアップだけです。
app-settings-wipe-confirm = すべて削除する
app-settings-wipe-cancel = 削除しない
app-confirm-wipe-title = このスマートフォンのデータをすべて削除しますか？
app-confirm-remove-title = { $name }を削除しますか？
app-confirm-remove-text = { $name }と、保存した書類がすべてこのスマートフォンから削除されます。元に戻せるのはバックアップだけです。
app-confirm-remove-confirm = 削除する
app-confirm-remove-cancel = 削除しない

## フォーム：各入力欄の表示名と、読み上げの文（-a11y）。
app-form-member-name = 氏名
app-form-member-name-a11y = 氏名。保険の書類に印字されたとおりに入力。必須。
app-form-member-kana = フリガナ
app-form-member-kana-a11y = フリガナ。任意。
app-form-member-birth_date = 生年月日
app-form-member-birth_date-a11y = 生年月日。任意。お知らせと年齢による案内に使います。
app-form-member-mynaportal_app = マイナポータルアプリを使っている
app-form-member-mynaportal_app-a11y = マイナポータルアプリを使っている：オンまたはオフ。
app-form-member-relation = 続柄
app-form-card-expires = カードの有効期限
app-form-card-expires-a11y = マイナンバーカードの表面に印字された有効期限。任意。
app-form-card-ecert_expires = 電子証明書の有効期限
app-form-card-ecert_expires-a11y = カードの電子証明書の有効期限（マイナポータルアプリで確認できます）。必須。
app-form-card-insurance_registered = 健康保険証利用登録済み
app-form-card-insurance_registered-a11y = 健康保険証としての利用登録：オンまたはオフ。
app-form-card-last4 = 個人番号の下4桁
app-form-card-last4-a11y = マイナンバーの下4桁。任意。12桁すべては入力しないでください。
app-form-card-save = カード情報を保存
app-form-trip-visit = 行き先
app-form-trip-starts = 初日
app-form-trip-starts-a11y = 旅行または保育の初日。必須。
app-form-trip-ends = 最終日
app-form-trip-ends-a11y = 旅行または保育の最終日。必須。
app-form-trip-contact = 保護者の連絡先
app-form-trip-contact-a11y = 先生が連絡できる電話番号。任意。
app-form-trip-save = 予定を保存
app-form-pick-file = ファイルを選ぶ
app-form-pick-file-a11y = このスマートフォンに保存したPDFか写真を選びます。
app-form-pick-scan = 紙をスキャン
app-form-pick-scan-a11y = 紙の書類をカメラでスキャンします。
app-a11y-choice = { $group }：{ $choice }
