"""The demo story as plain data: Changwon's 2027 economic mission to Silicon Valley and Seattle/Redmond.

Everything here is literal data, read by ``gyoryu.demo.load``.  The six Korean firms, their people,
all partner companies (except Boeing and Siemens) and all partner contacts are fictional; public bodies
(City of Redmond, The Seattle Public Library, KSEA, KOTRA) are named, with invented contacts and invented
needs.  Phone numbers use the fictional 555-01xx range (US) and e-mail addresses the reserved example domains.

A second, small organiser (Busan) with its own mission exists so that tests can prove organiser isolation.
"""

ORGANISER = {
    "slug": "changwon",
    "name_ko": "창원시 투자통상과",
    "name_en": "Changwon City Investment & Trade Office",
}

ORGANISATIONS = [
    # ------------------------------------------------------------------ organiser's city government
    {
        "key": "cw-city",
        "kind": "city_government",
        "name_ko": "창원특례시",
        "name_en": "Changwon Special City",
        "country": "KR",
        "region": "경상남도",
        "city": "창원",
        "website": "https://www.changwon.go.kr",
        "employees": None,
        "revenue_band": "",
        "founded": 2010,
        "description_ko": (
            "인구 100만의 경남 최대 도시이자 국내 대표 기계·방위·항공 산업 도시. 창원국가산업단지를 중심으로 "
            "2,800여 개 제조기업이 집적되어 있으며, 투자통상과가 기업의 해외 판로 개척과 투자 유치를 "
            "지원한다."
        ),
        "description_en": (
            "A city of one million people and the largest in Gyeongsangnam-do, known as Korea's machinery, "
            "defence and aerospace manufacturing hub. Some 2,800 manufacturers operate around the Changwon "
            "National Industrial Complex; the Investment & Trade Office helps local firms enter overseas "
            "markets and attracts foreign investment."
        ),
        "offers_ko": (
            "창원국가산업단지 입지 및 투자 인센티브 안내, 스마트산단·제조 테스트베드, 지역 제조기업 네트워크 "
            "연결, 산업·문화·체육·학술 분야 도시 간 교류 협력"
        ),
        "offers_en": (
            "Site and investment-incentive advice for the Changwon National Industrial Complex, "
            "smart-industrial-complex and manufacturing test beds, introductions to local manufacturers, "
            "city-to-city exchange in industry, culture, sports and academia"
        ),
        "seeks_ko": (
            "해외 도시와의 교류협력 협약 및 자매도시 결연, 외국인 투자 유치, 지역 중소기업의 해외 "
            "바이어·유통망 발굴"
        ),
        "seeks_en": (
            "Exchange agreements and sister-city ties with overseas cities, foreign direct investment, "
            "overseas buyers and distribution channels for local SMEs"
        ),
        "certifications": [],
        "languages": ["ko", "en"],
        "codes": ["KSIC 84113"],
    },
    # ------------------------------------------------------------------ the six delegation firms (fictional)
    {
        "key": "vitalband",
        "kind": "company",
        "name_ko": "(주)바이탈밴드",
        "name_en": "VitalBand Co., Ltd.",
        "country": "KR",
        "region": "경상남도",
        "city": "창원",
        "website": "",
        "employees": 42,
        "revenue_band": "1m-10m",
        "founded": 2016,
        "description_ko": (
            "생체신호 센서 기반 웨어러블 기기 전문기업. 자체 PPG 광학 심박 센서와 저전력 펌웨어 기술로 "
            "스마트밴드와 산업현장 작업자용 안전 웨어러블을 개발·생산하며, 국내외 브랜드에 ODM 공급한다."
        ),
        "description_en": (
            "Wearable devices built around biosignal sensing. With its own PPG optical heart-rate sensor and "
            "low-power firmware, the company designs and builds smart bands and safety wearables for "
            "industrial workers, and supplies domestic and overseas brands as an ODM."
        ),
        "offers_ko": (
            "PPG 심박·SpO2 센서 모듈, BLE 5.3 스마트밴드 ODM(설계부터 양산까지), 작업자 낙상 감지·온열질환 "
            "경보 웨어러블, 방수 IP68 설계, 월 3만 대 생산 능력"
        ),
        "offers_en": (
            "PPG heart-rate and SpO2 sensor modules, BLE 5.3 smart band ODM from design to mass production, "
            "worker fall-detection and heat-stress alert wearables, IP68 waterproof design, capacity of "
            "30,000 units a month"
        ),
        "seeks_ko": (
            "북미 피트니스·헬스케어 브랜드의 ODM 수주, 산업안전 장비 유통사, 원격 환자 모니터링 분야 임상 "
            "검증 파트너"
        ),
        "seeks_en": (
            "ODM contracts with North American fitness and healthcare brands, industrial safety equipment "
            "distributors, clinical validation partners in remote patient monitoring"
        ),
        "certifications": ["ISO 9001", "KC", "CE", "FCC"],
        "languages": ["ko", "en"],
        "codes": ["KSIC 26429", "KSIC 26294", "HS 851762"],
    },
    {
        "key": "onnuri-meditech",
        "kind": "company",
        "name_ko": "(주)온누리메디텍",
        "name_en": "Onnuri Meditech Inc.",
        "country": "KR",
        "region": "경상남도",
        "city": "창원",
        "website": "",
        "employees": 68,
        "revenue_band": "10m-50m",
        "founded": 2009,
        "description_ko": (
            "전기식 진단기기 제조기업. 부착형 패치 심전도계와 휴대용 12유도 심전도계를 생산하며, 국내 300여 "
            "개 병·의원과 동남아·중동 8개국에 공급하고 있다. FDA 510(k) 인증을 획득한 패치형 심전도계로 미국 "
            "시장 진출을 추진 중이다."
        ),
        "description_en": (
            "Maker of electro-diagnostic devices: adhesive ECG patch monitors and portable 12-lead ECG "
            "recorders, supplied to some 300 hospitals and clinics in Korea and to eight countries in "
            "Southeast Asia and the Middle East. Now entering the US with its FDA 510(k)-cleared ECG patch."
        ),
        "offers_ko": (
            "최대 14일 연속 측정 웨어러블 패치 심전도계(FDA 510(k) 인증), 휴대용 12유도 심전도계, 심전도 "
            "데이터 클라우드 연동 API, OEM 공급"
        ),
        "offers_en": (
            "Wearable ECG patch for up to 14 days of continuous recording (FDA 510(k) cleared), portable "
            "12-lead ECG recorder, cloud API for ECG data, OEM supply"
        ),
        "seeks_ko": (
            "미국 의료기기 유통사, 병원 네트워크 구매부서의 시범 도입, AI 심전도 분석 소프트웨어 기업과의 "
            "공동 제품화"
        ),
        "seeks_en": (
            "US medical device distributors, pilot purchases by hospital network procurement, joint products "
            "with AI ECG analysis software companies"
        ),
        "certifications": ["ISO 13485", "FDA 510(k) cleared", "CE", "KC", "KGMP"],
        "languages": ["ko", "en"],
        "codes": ["KSIC 27112", "HS 901819"],
    },
    {
        "key": "sejin-aerotech",
        "kind": "company",
        "name_ko": "(주)세진에어로텍",
        "name_en": "Sejin Aerotech Co., Ltd.",
        "country": "KR",
        "region": "경상남도",
        "city": "창원",
        "website": "",
        "employees": 146,
        "revenue_band": "10m-50m",
        "founded": 1998,
        "description_ko": (
            "항공기 엔진 부품 정밀 가공, AS9100 인증. 국내 항공엔진 제조사의 1차 협력사로 25년간 "
            "티타늄·인코넬 소재의 케이싱, 링, 샤프트류를 가공해 왔으며, 5축 가공기 38대와 3차원 측정 설비를 "
            "보유하고 있다."
        ),
        "description_en": (
            "Precision machining of aircraft engine parts, AS9100 certified. A tier-1 supplier to a Korean "
            "aero-engine maker for 25 years, machining titanium and Inconel casings, rings and shafts on 38 "
            "five-axis machining centres with in-house CMM inspection."
        ),
        "offers_ko": (
            "티타늄·인코넬·알루미늄 항공 부품 5축 정밀 가공, 도면 기반 수탁 생산(Build-to-Print), "
            "비파괴검사(FPI) 및 3차원 측정, 초도품 검사(FAI, AS9102) 대응"
        ),
        "offers_en": (
            "Five-axis precision machining of titanium, Inconel and aluminium aerospace parts, "
            "build-to-print production, non-destructive testing (FPI) and CMM inspection, first article "
            "inspection to AS9102"
        ),
        "seeks_ko": (
            "미국 항공기 제조사 및 Tier-1 협력사의 신규 공급업체 등록, 기체 구조물·엔진 부품 장기 공급 계약, "
            "드론·우주 분야 정밀 부품 수요처"
        ),
        "seeks_en": (
            "Supplier approval with US aircraft makers and tier-1 suppliers, long-term supply contracts for "
            "airframe and engine parts, buyers of precision parts in drones and space"
        ),
        "certifications": ["AS9100D", "ISO 9001", "Nadcap (NDT)"],
        "languages": ["ko", "en"],
        "codes": ["KSIC 31322", "HS 880730"],
    },
    {
        "key": "bitnuri-display",
        "kind": "company",
        "name_ko": "(주)빛누리디스플레이",
        "name_en": "Bitnuri Display Co., Ltd.",
        "country": "KR",
        "region": "경상남도",
        "city": "창원",
        "website": "",
        "employees": 87,
        "revenue_band": "10m-50m",
        "founded": 2007,
        "description_ko": (
            "산업용·차량용 디스플레이 모듈 전문기업. 3.5~15.6인치 TFT-LCD와 소형 OLED 모듈에 옵티컬 본딩, "
            "터치스크린, 고휘도 백라이트를 더한 맞춤형 모듈을 설계·생산한다."
        ),
        "description_en": (
            "Industrial and automotive display modules. Designs and builds custom 3.5 to 15.6-inch TFT-LCD "
            "and small OLED modules with optical bonding, touchscreens and high-brightness backlights."
        ),
        "offers_ko": (
            "1,500니트 이상 고휘도 야외 시인성 TFT 모듈, 옵티컬 본딩 및 PCAP 터치 일체형 모듈, 1~2인치급 "
            "소형 고해상도 OLED 모듈, 영하 30도~85도 동작 광온도 설계, 7년 이상 장기 공급 보장"
        ),
        "offers_en": (
            "Sunlight-readable TFT modules of 1,500 nits and more, optically bonded modules with integrated "
            "PCAP touch, small high-resolution OLED modules of 1 to 2 inches, wide-temperature design from "
            "-30 to 85 °C, guaranteed long-term supply of seven years or more"
        ),
        "seeks_ko": (
            "산업용 HMI·키오스크·전기차 충전기·드론 지상통제장비 제조사 및 디스플레이 시스템 통합업체, AR "
            "스마트글라스용 OLED 마이크로 디스플레이 공동 개발"
        ),
        "seeks_en": (
            "Makers of industrial HMIs, kiosks, EV chargers and drone ground-control stations, display "
            "system integrators, joint development of OLED micro-displays for AR smart glasses"
        ),
        "certifications": ["ISO 9001", "IATF 16949", "ISO 14001"],
        "languages": ["ko", "en"],
        "codes": ["KSIC 26211", "KSIC 26212", "HS 852491"],
    },
    {
        "key": "hangyeol-automation",
        "kind": "company",
        "name_ko": "(주)한결오토메이션",
        "name_en": "Hangyeol Automation Co., Ltd.",
        "country": "KR",
        "region": "경상남도",
        "city": "창원",
        "website": "",
        "employees": 115,
        "revenue_band": "10m-50m",
        "founded": 2004,
        "description_ko": (
            "스마트공장 구축 전문기업. 협동로봇 셀, AI 비전 검사기, 자체 MES를 결합한 턴키 자동화 라인을 "
            "공급하며, 정부 스마트공장 보급사업을 통해 국내 400여 개 공장을 구축했다."
        ),
        "description_en": (
            "Smart-factory builder supplying turnkey automation lines that combine collaborative-robot "
            "cells, AI vision inspection and its own MES; has equipped more than 400 plants in Korea through "
            "the national smart-factory programme."
        ),
        "offers_ko": (
            "협동로봇 기반 조립·검사 셀, 딥러닝 비전 검사 장비, 중소 제조업용 MES 및 설비 데이터 수집(OPC "
            "UA), 자동화 라인 설계·설치·유지보수"
        ),
        "offers_en": (
            "Collaborative-robot assembly and inspection cells, deep-learning vision inspection equipment, "
            "MES for small and mid-sized manufacturers with machine data collection over OPC UA, automation "
            "line design, installation and maintenance"
        ),
        "seeks_ko": (
            "북미 시스템 통합(SI) 파트너 및 현지 유지보수 협력사, 산업용 클라우드·AI 플랫폼 기업과의 연동, "
            "글로벌 자동화 기업 파트너 프로그램 가입"
        ),
        "seeks_en": (
            "North American system-integration partners and local service partners, integration with "
            "industrial cloud and AI platforms, membership in global automation companies' partner programmes"
        ),
        "certifications": ["ISO 9001", "CE", "KCs"],
        "languages": ["ko", "en"],
        "codes": ["KSIC 29280", "KSIC 27216", "KSIC 58222", "HS 847950"],
    },
    {
        "key": "ceracarbon",
        "kind": "company",
        "name_ko": "(주)세라카본",
        "name_en": "CeraCarbon Inc.",
        "country": "KR",
        "region": "경상남도",
        "city": "창원",
        "website": "",
        "employees": 34,
        "revenue_band": "1m-10m",
        "founded": 2014,
        "description_ko": (
            "첨단 소재 전문 벤처기업. 탄소섬유 열가소성 복합재(CFRTP)와 세라믹 코팅, 고열전도 방열 소재를 "
            "개발하며, 한국재료연구원과 공동 연구를 수행하고 있다."
        ),
        "description_en": (
            "Advanced-materials venture developing carbon-fibre-reinforced thermoplastics (CFRTP), ceramic "
            "coatings and high-conductivity thermal interface materials, in joint research with the Korea "
            "Institute of Materials Science."
        ),
        "offers_ko": (
            "탄소섬유 열가소성 프리프레그 및 경량 복합재 성형품, 내플라즈마 세라믹 용사 코팅, 열전도율 "
            "12W/mK급 방열 패드, 난연 복합재 배터리 케이스"
        ),
        "offers_en": (
            "Carbon-fibre thermoplastic prepregs and lightweight composite mouldings, plasma-resistant "
            "ceramic spray coatings, thermal pads of about 12 W/mK, flame-retardant composite battery "
            "enclosures"
        ),
        "seeks_ko": (
            "항공·드론·반도체 장비·배터리 분야 시제품 평가 고객, 대학 연구실과의 물성 시험 및 공동 연구, "
            "미국 현지 생산 파트너, 미국 진출을 위한 시리즈 A 투자 유치"
        ),
        "seeks_en": (
            "Customers to evaluate samples in aerospace, drones, semiconductor equipment and batteries, "
            "university labs for material testing and joint research, a US manufacturing partner, Series A "
            "investment for US expansion"
        ),
        "certifications": ["ISO 9001", "벤처기업 인증 (Venture Business)"],
        "languages": ["ko", "en"],
        "codes": ["KSIC 23995", "KSIC 22292", "HS 681512"],
    },
    # ------------------------------------------------------------------ partners, stop 1: Silicon Valley
    {
        "key": "siemens",
        "kind": "company",
        "name_ko": "지멘스 디지털 인더스트리 (지멘스 USA)",
        "name_en": "Siemens Digital Industries (Siemens USA)",
        "country": "US",
        "region": "California",
        "city": "Fremont",
        "website": "https://www.siemens.com",
        "employees": 320000,
        "revenue_band": "gt250m",
        "founded": 1847,
        "description_ko": (
            "산업 자동화와 디지털화를 이끄는 지멘스의 디지털 인더스트리 사업 부문. 실리콘밸리 거점에서 "
            "자동화·소프트웨어 파트너 생태계와 스타트업 협력을 담당한다."
        ),
        "description_en": (
            "The Digital Industries business of Siemens, a leader in industrial automation and "
            "digitalisation. Its Silicon Valley site works with the automation and software partner "
            "ecosystem and with start-ups."
        ),
        "offers_ko": (
            "Siemens Xcelerator 포트폴리오와 파트너 프로그램, TIA Portal·Industrial Edge 기반 자동화 플랫폼, "
            "디지털 트윈 및 PLM 소프트웨어"
        ),
        "offers_en": (
            "The Siemens Xcelerator portfolio and partner programme, automation platforms built on TIA "
            "Portal and Industrial Edge, digital twin and PLM software"
        ),
        "seeks_ko": (
            "Industrial Edge 앱과 연동되는 비전 검사·협동로봇 솔루션을 보유한 기계 제조사 및 시스템 "
            "통합업체, 중소 제조업 현장 적용 사례"
        ),
        "seeks_en": (
            "Machine builders and system integrators with vision-inspection and cobot solutions that connect "
            "to Industrial Edge apps, reference cases in small and mid-sized factories"
        ),
        "certifications": ["ISO 9001", "ISO 14001"],
        "languages": ["en", "de"],
        "codes": ["NAICS 335314", "NAICS 513210"],
    },
    {
        "key": "ksea-sv",
        "kind": "association",
        "name_ko": "재미한인과학기술자협회(KSEA) 실리콘밸리 지부",
        "name_en": "Korean-American Scientists and Engineers Association (KSEA), Silicon Valley Chapter",
        "country": "US",
        "region": "California",
        "city": "San Jose",
        "website": "https://www.ksea.org",
        "employees": None,
        "revenue_band": "",
        "founded": 1971,
        "description_ko": (
            "1971년 설립된 재미 한인 과학기술자 단체의 실리콘밸리 지부. 반도체·소프트웨어·바이오 분야 현직 "
            "엔지니어와 연구자들이 활동한다."
        ),
        "description_en": (
            "The Silicon Valley chapter of the association of Korean-American scientists and engineers "
            "founded in 1971; its members are practising engineers and researchers in semiconductors, "
            "software and life sciences."
        ),
        "offers_ko": "현지 기술 전문가 멘토링, 기술 자문 및 인력 네트워크, 한미 기술교류 세미나 공동 개최",
        "offers_en": (
            "Mentoring by local technology experts, technical advice and talent networks, co-hosted Korea–US "
            "technology seminars"
        ),
        "seeks_ko": "한국 지자체·기업과의 기술교류 프로그램, 회원 대상 한국 산업 현장 연수 및 채용 연계",
        "seeks_en": (
            "Technology-exchange programmes with Korean cities and companies, industry visits in Korea and "
            "recruitment links for members"
        ),
        "certifications": [],
        "languages": ["en", "ko"],
        "codes": ["NAICS 813920"],
    },
    {
        "key": "kotra-sv",
        "kind": "public_institution",
        "name_ko": "KOTRA 실리콘밸리무역관",
        "name_en": "KOTRA Silicon Valley",
        "country": "US",
        "region": "California",
        "city": "San Jose",
        "website": "https://www.kotra.or.kr",
        "employees": None,
        "revenue_band": "",
        "founded": 1962,
        "description_ko": (
            "대한무역투자진흥공사(KOTRA)의 실리콘밸리 해외무역관. 한국 기업의 현지 시장 조사, 바이어 발굴, "
            "투자 진출을 지원한다."
        ),
        "description_en": (
            "The Silicon Valley office of the Korea Trade-Investment Promotion Agency (KOTRA), supporting "
            "Korean companies with market research, buyer search and investment in the region."
        ),
        "offers_ko": "현지 시장 동향 브리핑, 바이어 사전 발굴 및 상담 주선, 수출 인큐베이터 입주 안내",
        "offers_en": (
            "Briefings on local market trends, buyer search and meeting arrangements, access to the export "
            "incubator"
        ),
        "seeks_ko": "현지 진출 의지가 있는 한국 중소기업의 상세 제품 정보와 후속 상담 수요",
        "seeks_en": (
            "Detailed product information and follow-up needs from Korean SMEs committed to entering the US "
            "market"
        ),
        "certifications": [],
        "languages": ["ko", "en"],
        "codes": ["KSIC 84114", "NAICS 926110"],
    },
    {
        "key": "pacific-crest-health",
        "kind": "other",
        "name_ko": "퍼시픽크레스트 헬스 네트워크",
        "name_en": "Pacific Crest Health Network",
        "country": "US",
        "region": "California",
        "city": "San Jose",
        "website": "",
        "employees": 9400,
        "revenue_band": "gt250m",
        "founded": 1952,
        "description_ko": (
            "산타클라라 카운티에서 병원 4곳과 외래 클리닉 30여 곳을 운영하는 비영리 의료 네트워크."
        ),
        "description_en": (
            "Non-profit health network operating four hospitals and some thirty outpatient clinics in Santa "
            "Clara County."
        ),
        "offers_ko": "병원 현장 시범 도입(파일럿) 기회, 임상 워크플로 평가 및 가치분석위원회 심사",
        "offers_en": (
            "Pilot deployments in hospital settings, clinical workflow evaluation and value-analysis "
            "committee review"
        ),
        "seeks_ko": (
            "퇴원 환자 원격 모니터링을 위한 FDA 인증 웨어러블 심전도 패치 및 생체신호 모니터링 기기, EHR "
            "연동이 가능한 공급업체, ISO 13485 인증 제조사"
        ),
        "seeks_en": (
            "FDA-cleared wearable ECG patches and vital-sign monitoring devices for remote monitoring of "
            "discharged patients, suppliers whose data integrates with our EHR, ISO 13485 certified "
            "manufacturers"
        ),
        "certifications": ["Joint Commission accredited"],
        "languages": ["en", "es"],
        "codes": ["NAICS 622110"],
    },
    {
        "key": "bayline-medical",
        "kind": "company",
        "name_ko": "베이라인 메디컬 디스트리뷰션",
        "name_en": "Bayline Medical Distribution, Inc.",
        "country": "US",
        "region": "California",
        "city": "Fremont",
        "website": "",
        "employees": 120,
        "revenue_band": "50m-250m",
        "founded": 2001,
        "description_ko": (
            "미국 서부 11개 주의 클리닉·외래수술센터·재택의료 기관에 진단기기와 소모품을 공급하는 의료기기 "
            "유통사."
        ),
        "description_en": (
            "Medical device distributor supplying diagnostic equipment and consumables to clinics, "
            "ambulatory surgery centres and home-health agencies in eleven western states."
        ),
        "offers_ko": (
            "서부 11개 주 유통망과 영업 인력, 미국 내 재고·물류 및 A/S 대행, 보험 청구 코드 관련 자문"
        ),
        "offers_en": (
            "Distribution network and sales force across eleven western states, US warehousing, logistics "
            "and service, advice on reimbursement codes"
        ),
        "seeks_ko": (
            "FDA 510(k) 인증을 받은 휴대용 심전도계와 패치형 심전도 모니터, 아시아 제조사와의 독점 유통 계약"
        ),
        "seeks_en": (
            "FDA 510(k)-cleared portable ECG recorders and patch ECG monitors, exclusive distribution "
            "agreements with Asian manufacturers"
        ),
        "certifications": ["ISO 9001"],
        "languages": ["en"],
        "codes": ["NAICS 423450"],
    },
    {
        "key": "trailhead-labs",
        "kind": "company",
        "name_ko": "트레일헤드 랩스",
        "name_en": "Trailhead Labs",
        "country": "US",
        "region": "California",
        "city": "Palo Alto",
        "website": "",
        "employees": 55,
        "revenue_band": "10m-50m",
        "founded": 2018,
        "description_ko": (
            "아웃도어·지구력 스포츠용 피트니스 웨어러블 브랜드. 제품 기획과 앱·알고리즘은 자체 개발하고 "
            "하드웨어 생산은 외부 ODM에 맡긴다."
        ),
        "description_en": (
            "Fitness wearable brand for outdoor and endurance sports. Product design, app and algorithms are "
            "in-house; hardware is built by ODM partners."
        ),
        "offers_ko": "북미 소비자 유통 채널(온라인·스포츠 전문점), 수면·회복 분석 알고리즘, 공동 브랜드 기획",
        "offers_en": (
            "North American consumer channels (online and specialist sports retail), sleep and recovery "
            "analytics, co-branded product planning"
        ),
        "seeks_ko": (
            "PPG 심박 센서와 BLE를 갖춘 스마트밴드 ODM 파트너(연 5만 대 이상), 방수 IP68 설계 경험, 2028년 "
            "출시 차기 모델 공동 개발"
        ),
        "seeks_en": (
            "An ODM partner for smart bands with PPG heart-rate sensing and BLE, 50,000+ units a year, "
            "experience with IP68 waterproof design, co-development of the next model for a 2028 launch"
        ),
        "certifications": [],
        "languages": ["en"],
        "codes": ["NAICS 334220"],
    },
    {
        "key": "forgeline",
        "kind": "company",
        "name_ko": "포지라인 하드웨어 액셀러레이터",
        "name_en": "ForgeLine Hardware Accelerator",
        "country": "US",
        "region": "California",
        "city": "Sunnyvale",
        "website": "",
        "employees": 18,
        "revenue_band": "1m-10m",
        "founded": 2015,
        "description_ko": (
            "하드웨어 스타트업 전문 액셀러레이터. 연 2회 기수별 프로그램을 운영하며, 포트폴리오 기업의 "
            "시제품 제작과 양산 전환을 돕는다."
        ),
        "description_en": (
            "Accelerator for hardware start-ups running two cohorts a year and helping portfolio companies "
            "move from prototype to mass production."
        ),
        "offers_ko": (
            "미국 시장 진출(소프트랜딩) 프로그램, 투자자 및 대기업 구매부서 네트워크, 공유 시제품 제작실"
        ),
        "offers_en": (
            "US market soft-landing programme, network of investors and corporate procurement teams, shared "
            "prototyping lab"
        ),
        "seeks_ko": (
            "포트폴리오 스타트업의 시제품·소량 양산을 맡을 아시아 제조 파트너(센서, 디스플레이, 정밀 가공, "
            "복합재), 소프트랜딩 프로그램 참가 해외 기업"
        ),
        "seeks_en": (
            "Asian manufacturing partners for portfolio start-ups' prototypes and pilot runs (sensors, "
            "displays, precision machining, composites), overseas companies for the soft-landing programme"
        ),
        "certifications": [],
        "languages": ["en"],
        "codes": ["NAICS 541611"],
    },
    {
        "key": "lumenfield",
        "kind": "company",
        "name_ko": "루멘필드 시스템즈",
        "name_en": "Lumenfield Systems, Inc.",
        "country": "US",
        "region": "California",
        "city": "Milpitas",
        "website": "",
        "employees": 140,
        "revenue_band": "50m-250m",
        "founded": 2006,
        "description_ko": (
            "견고형(러기드) 디스플레이 시스템 통합업체. 산업용 HMI 패널, 옥외 키오스크, 전기차 충전기용 "
            "디스플레이 어셈블리를 설계·공급한다."
        ),
        "description_en": (
            "Rugged display integrator designing and supplying display assemblies for industrial HMI panels, "
            "outdoor kiosks and EV chargers."
        ),
        "offers_ko": "북미 OEM 고객 기반, 시스템 설계 및 인증(UL) 대응, 연간 물량 계약",
        "offers_en": (
            "North American OEM customer base, system design and UL certification support, annual volume "
            "contracts"
        ),
        "seeks_ko": (
            "7~15.6인치 야외 시인성 고휘도 TFT 모듈(옵티컬 본딩, PCAP 터치 일체형), 광온도 동작, 7년 장기 "
            "공급 보장이 가능한 공급업체"
        ),
        "seeks_en": (
            "Sunlight-readable high-brightness 7 to 15.6-inch TFT modules with optical bonding and "
            "integrated PCAP touch, wide operating temperature, suppliers able to guarantee seven years of "
            "supply"
        ),
        "certifications": ["ISO 9001"],
        "languages": ["en"],
        "codes": ["NAICS 334118"],
    },
    {
        "key": "helion-process",
        "kind": "company",
        "name_ko": "헬리온 프로세스 이큅먼트",
        "name_en": "Helion Process Equipment, Inc.",
        "country": "US",
        "region": "California",
        "city": "Fremont",
        "website": "",
        "employees": 260,
        "revenue_band": "50m-250m",
        "founded": 2003,
        "description_ko": "반도체 식각·증착 장비 제조사. 공정 챔버 부품의 공급망을 아시아로 다변화하고 있다.",
        "description_en": (
            "Maker of semiconductor etch and deposition equipment, diversifying the supply chain for "
            "process-chamber parts into Asia."
        ),
        "offers_ko": "장기 부품 공급 계약, 부품 인증(퀄) 절차 지원 및 기술 사양 공유",
        "offers_en": (
            "Long-term parts supply contracts, support through part qualification, shared technical "
            "specifications"
        ),
        "seeks_ko": (
            "내플라즈마 세라믹 코팅을 적용한 공정 챔버 부품, 고순도 소재, 티타늄·알루미늄 정밀 가공 부품 "
            "공급업체"
        ),
        "seeks_en": (
            "Suppliers of plasma-resistant ceramic coatings for process-chamber parts, high-purity "
            "materials, precision-machined titanium and aluminium parts"
        ),
        "certifications": ["ISO 9001", "ISO 14001"],
        "languages": ["en"],
        "codes": ["NAICS 333242"],
    },
    {
        "key": "goldengate-automation",
        "kind": "company",
        "name_ko": "골든게이트 오토메이션 인티그레이터스",
        "name_en": "Golden Gate Automation Integrators",
        "country": "US",
        "region": "California",
        "city": "Hayward",
        "website": "",
        "employees": 65,
        "revenue_band": "10m-50m",
        "founded": 2011,
        "description_ko": (
            "북부 캘리포니아의 식품·의료기기·전자 공장에 자동화 라인을 구축하는 시스템 통합(SI) 기업."
        ),
        "description_en": (
            "System integrator building automation lines for food, medical device and electronics plants in "
            "Northern California."
        ),
        "offers_ko": "현지 설치·시운전 및 유지보수 인력, 미국 안전 규격(UL 508A, OSHA) 대응, 고객사 네트워크",
        "offers_en": (
            "Local installation, commissioning and maintenance crews, compliance with US safety standards "
            "(UL 508A, OSHA), customer network"
        ),
        "seeks_ko": (
            "재판매 가능한 협동로봇 셀과 AI 비전 검사 장비, 중소 공장용 MES, 해외 자동화 기업의 미국 내 독점 "
            "SI 파트너 계약"
        ),
        "seeks_en": (
            "Collaborative-robot cells and AI vision inspection equipment we can resell, MES for small "
            "plants, exclusive US integration partnerships with overseas automation companies"
        ),
        "certifications": ["UL 508A panel shop"],
        "languages": ["en", "es"],
        "codes": ["NAICS 541330", "NAICS 423830"],
    },
    {
        "key": "amperis",
        "kind": "company",
        "name_ko": "앰페리스 에너지",
        "name_en": "Amperis Energy",
        "country": "US",
        "region": "California",
        "city": "San Jose",
        "website": "",
        "employees": 90,
        "revenue_band": "10m-50m",
        "founded": 2019,
        "description_ko": "상업용 에너지저장장치(ESS)와 전기 작업차량용 배터리 팩을 개발하는 스타트업.",
        "description_en": (
            "Start-up developing battery packs for commercial energy storage and electric work vehicles."
        ),
        "offers_ko": "시제품 평가 및 공동 개발 프로젝트, 양산 시 연간 공급 계약",
        "offers_en": (
            "Sample evaluation and joint development projects, annual supply contracts at production"
        ),
        "seeks_ko": (
            "고열전도 방열 패드, 난연 경량 복합재 배터리 케이스, 셀 간 단열 소재, 팩 조립 자동화 설비"
        ),
        "seeks_en": (
            "High-conductivity thermal pads, flame-retardant lightweight composite battery enclosures, "
            "cell-to-cell insulation materials, pack assembly automation"
        ),
        "certifications": ["UL 9540A tested"],
        "languages": ["en"],
        "codes": ["NAICS 335910"],
    },
    {
        "key": "sandhill-bridge",
        "kind": "company",
        "name_ko": "샌드힐 브리지 벤처스",
        "name_en": "Sand Hill Bridge Ventures",
        "country": "US",
        "region": "California",
        "city": "Menlo Park",
        "website": "",
        "employees": 12,
        "revenue_band": "1m-10m",
        "founded": 2017,
        "description_ko": (
            "한미 크로스보더 투자에 특화된 벤처캐피털. 하드웨어·헬스케어 분야 시리즈 A~B 단계에 투자한다."
        ),
        "description_en": (
            "Venture capital firm specialising in Korea–US cross-border deals, investing at Series A and B "
            "in hardware and healthcare."
        ),
        "offers_ko": "시리즈 A~B 투자, 미국 법인 설립 및 이사회 구성 자문, 후속 투자자 연결",
        "offers_en": (
            "Series A and B investment, advice on setting up a US entity and board, introductions to "
            "follow-on investors"
        ),
        "seeks_ko": (
            "미국 진출을 준비하는 한국 의료기기·웨어러블·첨단소재 기업 중 FDA 인증이나 북미 고객을 확보한 "
            "기업"
        ),
        "seeks_en": (
            "Korean medical device, wearable and advanced-materials companies preparing a US launch, "
            "especially with FDA clearance or North American customers"
        ),
        "certifications": [],
        "languages": ["en", "ko"],
        "codes": ["NAICS 523999"],
    },
    # ------------------------------------------------------------------ partners, stop 2: Seattle / Redmond
    {
        "key": "redmond-city",
        "kind": "city_government",
        "name_ko": "레드먼드시",
        "name_en": "City of Redmond",
        "country": "US",
        "region": "Washington",
        "city": "Redmond",
        "website": "https://www.redmond.gov",
        "employees": None,
        "revenue_band": "",
        "founded": 1912,
        "description_ko": (
            "워싱턴주 킹카운티의 도시로 글로벌 IT 기업 본사와 항공우주 기업들이 자리한 기술 중심지."
        ),
        "description_en": (
            "City in King County, Washington, and a technology centre home to global software headquarters "
            "and aerospace companies."
        ),
        "offers_ko": (
            "산업·문화·체육·학술 분야 교류협력 협약 체결, 지역 기업 및 교육기관 연결, 경제개발 부서의 투자 "
            "안내"
        ),
        "offers_en": (
            "An exchange agreement covering industry, culture, sports and academia, introductions to local "
            "companies and schools, investment guidance from the economic development team"
        ),
        "seeks_ko": "제조·기술 분야 해외 도시와의 교류, 자매도시 관계 검토, 청소년 스포츠·문화 교류 프로그램",
        "seeks_en": (
            "Exchange with overseas cities strong in manufacturing and technology, review of a sister-city "
            "relationship, youth sports and cultural exchange programmes"
        ),
        "certifications": [],
        "languages": ["en"],
        "codes": ["NAICS 921110"],
    },
    {
        "key": "boeing",
        "kind": "company",
        "name_ko": "보잉",
        "name_en": "The Boeing Company",
        "country": "US",
        "region": "Washington",
        "city": "Seattle",
        "website": "https://www.boeing.com",
        "employees": 170000,
        "revenue_band": "gt250m",
        "founded": 1916,
        "description_ko": (
            "세계 최대 항공우주 기업 중 하나로, 상용기 사업부문의 주요 생산시설이 시애틀 일대(퓨젓사운드)에 "
            "있다."
        ),
        "description_en": (
            "One of the world's largest aerospace companies; the main production sites of its commercial "
            "airplanes business are in the Puget Sound region around Seattle."
        ),
        "offers_ko": "글로벌 공급망 참여 기회, 공급업체 평가·등록 절차 안내, 품질 요구사항 교육",
        "offers_en": (
            "Opportunities in the global supply chain, guidance on supplier assessment and registration, "
            "training on quality requirements"
        ),
        "seeks_ko": (
            "AS9100D 인증을 보유한 티타늄·알루미늄·내열합금 정밀 가공 공급업체, 경량 복합재 소재 및 부품, "
            "공급망 다변화를 위한 아시아 협력사"
        ),
        "seeks_en": (
            "AS9100D-certified suppliers for precision machining of titanium, aluminium and heat-resistant "
            "alloys, lightweight composite materials and parts, Asian partners to diversify the supply chain"
        ),
        "certifications": ["AS9100D"],
        "languages": ["en"],
        "codes": ["NAICS 336411", "NAICS 336413"],
    },
    {
        "key": "seattle-library",
        "kind": "library",
        "name_ko": "시애틀 공공도서관",
        "name_en": "The Seattle Public Library",
        "country": "US",
        "region": "Washington",
        "city": "Seattle",
        "website": "https://www.spl.org",
        "employees": None,
        "revenue_band": "",
        "founded": 1890,
        "description_ko": (
            "시애틀 시의 공공도서관 시스템. 중앙도서관과 26개 분관을 운영하며 창업·비즈니스 정보 서비스와 "
            "다국어 자료를 제공한다."
        ),
        "description_en": (
            "The city library system of Seattle, with the Central Library and 26 branches, offering business "
            "and entrepreneurship services and multilingual collections."
        ),
        "offers_ko": "행사·회의 공간, 창업·비즈니스 리서치 지원, 한국어 자료 및 지역 커뮤니티 문화 프로그램",
        "offers_en": (
            "Event and meeting space, business and entrepreneurship research services, Korean-language "
            "collections and community cultural programmes"
        ),
        "seeks_ko": (
            "한국 도시와의 문화 교류 및 도서 교환, 한국 문화 행사 공동 개최, 디지털 리터러시·메이커 프로그램 "
            "협력"
        ),
        "seeks_en": (
            "Cultural exchange and book exchange with Korean cities, co-hosted Korean cultural events, "
            "partners for digital-literacy and maker programmes"
        ),
        "certifications": [],
        "languages": ["en"],
        "codes": ["NAICS 519210"],
    },
    {
        "key": "cascadia-poly",
        "kind": "university",
        "name_ko": "캐스케이디아 공과대학교 복합재구조연구실",
        "name_en": "Cascadia Polytechnic University, Composite Structures Laboratory",
        "country": "US",
        "region": "Washington",
        "city": "Seattle",
        "website": "",
        "employees": 24,
        "revenue_band": "",
        "founded": 1964,
        "description_ko": (
            "항공우주 복합재 구조물의 설계·시험을 연구하는 대학 연구실. 열가소성 복합재의 용접 접합과 재활용 "
            "기술을 중점 연구한다."
        ),
        "description_en": (
            "University laboratory researching the design and testing of aerospace composite structures, "
            "with a focus on welding and recycling of thermoplastic composites."
        ),
        "offers_ko": "기계적 물성 시험(ASTM 규격), 공동 연구 및 연방 연구과제 공동 제안, 대학원생 인턴십",
        "offers_en": (
            "Mechanical testing to ASTM standards, joint research and joint proposals for federal grants, "
            "graduate internships"
        ),
        "seeks_ko": (
            "탄소섬유 열가소성 프리프레그 시료를 제공할 산업체 파트너, 세라믹 코팅 공동 연구, 한국 "
            "대학·연구소와의 교류"
        ),
        "seeks_en": (
            "Industry partners supplying carbon-fibre thermoplastic prepreg samples, joint research on "
            "ceramic coatings, exchange with Korean universities and institutes"
        ),
        "certifications": [],
        "languages": ["en"],
        "codes": ["NAICS 611310", "NAICS 541715"],
    },
    {
        "key": "skyreach",
        "kind": "company",
        "name_ko": "스카이리치 에어리얼 시스템즈",
        "name_en": "Skyreach Aerial Systems",
        "country": "US",
        "region": "Washington",
        "city": "Kirkland",
        "website": "",
        "employees": 75,
        "revenue_band": "10m-50m",
        "founded": 2016,
        "description_ko": "전력선·교량 점검과 산불 감시용 산업용 드론 제조사.",
        "description_en": (
            "Maker of industrial drones for power-line and bridge inspection and wildfire monitoring."
        ),
        "offers_ko": "연간 부품 구매 계약, 공동 설계 및 비행 시험 지원",
        "offers_en": "Annual parts purchase agreements, joint design and flight-test support",
        "seeks_ko": (
            "탄소 복합재 경량 기체 부품, 짐벌·모터 마운트용 알루미늄 정밀 가공 부품, 지상통제장비용 고휘도 "
            "야외 시인성 디스플레이"
        ),
        "seeks_en": (
            "Lightweight carbon-composite airframe parts, precision-machined aluminium parts for gimbals and "
            "motor mounts, sunlight-readable high-brightness displays for ground-control stations"
        ),
        "certifications": ["AS9100D", "Blue UAS listed"],
        "languages": ["en"],
        "codes": ["NAICS 336411"],
    },
    {
        "key": "nw-safety",
        "kind": "company",
        "name_ko": "노스웨스트 세이프티 서플라이",
        "name_en": "Northwest Safety Supply Co.",
        "country": "US",
        "region": "Washington",
        "city": "Kent",
        "website": "",
        "employees": 210,
        "revenue_band": "50m-250m",
        "founded": 1987,
        "description_ko": (
            "건설·물류·제조 현장에 개인보호구와 산업안전 장비를 공급하는 태평양 북서부 지역 유통사."
        ),
        "description_en": (
            "Distributor of personal protective and industrial safety equipment to construction, logistics "
            "and manufacturing sites across the Pacific Northwest."
        ),
        "offers_ko": "태평양 북서부 1,500여 개 사업장 고객, 현장 시범 적용 및 교육 지원",
        "offers_en": "Some 1,500 business customers in the Pacific Northwest, on-site pilots and training",
        "seeks_ko": (
            "낙상 감지·온열질환 경보 기능의 커넥티드 안전 웨어러블, 관리자용 대시보드, 배터리 수명 7일 이상 "
            "제품"
        ),
        "seeks_en": (
            "Connected safety wearables with fall detection and heat-stress alerts, supervisor dashboards, "
            "products with battery life of seven days or more"
        ),
        "certifications": [],
        "languages": ["en", "es"],
        "codes": ["NAICS 423840"],
    },
    {
        "key": "puget-aerostructures",
        "kind": "company",
        "name_ko": "퓨젓 에어로스트럭처스",
        "name_en": "Puget Aerostructures, Inc.",
        "country": "US",
        "region": "Washington",
        "city": "Everett",
        "website": "",
        "employees": 480,
        "revenue_band": "50m-250m",
        "founded": 1979,
        "description_ko": "상용기 기체 구조물 조립품과 엔진 파일론 부품을 생산하는 항공 Tier-1 협력사.",
        "description_en": (
            "Tier-1 aerospace supplier producing airframe structural assemblies and engine pylon parts for "
            "commercial aircraft."
        ),
        "offers_ko": "도면 기반 수탁 생산 물량 발주, 공급업체 품질 감사 및 육성 프로그램",
        "offers_en": "Build-to-print work packages, supplier quality audits and development programme",
        "seeks_ko": (
            "티타늄·인코넬 부품 5축 가공이 가능한 AS9100D 인증 협력사, AS9102 초도품 검사 역량, 생산능력 "
            "확대를 위한 해외 2차 협력사"
        ),
        "seeks_en": (
            "AS9100D-certified subcontractors for five-axis machining of titanium and Inconel parts, AS9102 "
            "first article inspection capability, overseas tier-2 suppliers to add capacity"
        ),
        "certifications": ["AS9100D", "Nadcap"],
        "languages": ["en"],
        "codes": ["NAICS 336413", "NAICS 332710"],
    },
    {
        "key": "evergreen-cardiac",
        "kind": "company",
        "name_ko": "에버그린 카디악 애널리틱스",
        "name_en": "Evergreen Cardiac Analytics",
        "country": "US",
        "region": "Washington",
        "city": "Seattle",
        "website": "",
        "employees": 38,
        "revenue_band": "1m-10m",
        "founded": 2020,
        "description_ko": (
            "AI 기반 부정맥 검출 소프트웨어 기업. 자사 알고리즘은 FDA 510(k) 인증을 받았으며 하드웨어는 "
            "외부와 협력한다."
        ),
        "description_en": (
            "AI software company for arrhythmia detection; its algorithm is FDA 510(k) cleared and it "
            "partners for hardware."
        ),
        "offers_ko": "FDA 인증 AI 심전도 분석 알고리즘, 클라우드 판독 플랫폼, 미국 심장내과 네트워크",
        "offers_en": (
            "FDA-cleared AI ECG analysis algorithm, cloud reading platform, network of US cardiology "
            "practices"
        ),
        "seeks_ko": (
            "자사 알고리즘과 결합할 장기 착용 패치형 심전도 하드웨어 파트너(ISO 13485, FDA 인증), 원시 "
            "데이터 API 제공 가능 기업"
        ),
        "seeks_en": (
            "A hardware partner for long-wear patch ECG devices to pair with our algorithm (ISO 13485, FDA "
            "cleared), able to provide raw-data APIs"
        ),
        "certifications": ["FDA 510(k) cleared", "SOC 2 Type II"],
        "languages": ["en"],
        "codes": ["NAICS 513210", "NAICS 541715"],
    },
    {
        "key": "rainier-ai",
        "kind": "company",
        "name_ko": "레이니어 인더스트리얼 AI",
        "name_en": "Rainier Industrial AI",
        "country": "US",
        "region": "Washington",
        "city": "Redmond",
        "website": "",
        "employees": 150,
        "revenue_band": "10m-50m",
        "founded": 2017,
        "description_ko": "제조 설비의 예지보전과 품질 분석을 제공하는 산업용 클라우드 AI 플랫폼 기업.",
        "description_en": (
            "Industrial cloud AI platform for predictive maintenance and quality analytics in manufacturing."
        ),
        "offers_ko": "클라우드 예지보전·품질 분석 플랫폼, OEM 파트너 프로그램, 공동 영업",
        "offers_en": (
            "Cloud platform for predictive maintenance and quality analytics, OEM partner programme, joint "
            "selling"
        ),
        "seeks_ko": (
            "OPC UA 기반 설비 데이터 수집과 MES를 보유한 자동화 기업과의 연동, 아시아 제조 현장 고객 확보를 "
            "위한 채널 파트너"
        ),
        "seeks_en": (
            "Integration with automation companies that offer MES and OPC UA machine data collection, "
            "channel partners to reach factories in Asia"
        ),
        "certifications": ["ISO 27001"],
        "languages": ["en"],
        "codes": ["NAICS 513210"],
    },
    {
        "key": "halo-optics",
        "kind": "company",
        "name_ko": "헤일로 옵틱스",
        "name_en": "Halo Optics",
        "country": "US",
        "region": "Washington",
        "city": "Redmond",
        "website": "",
        "employees": 60,
        "revenue_band": "10m-50m",
        "founded": 2021,
        "description_ko": "현장 작업자용 AR 스마트글라스 스타트업. 원격 지원과 작업 지시 기능을 제공한다.",
        "description_en": (
            "Start-up building AR smart glasses for frontline workers, with remote assistance and work "
            "instructions."
        ),
        "offers_ko": "AR 소프트웨어 플랫폼과 공동 개발, 시제품 수량 구매",
        "offers_en": "AR software platform and co-development, prototype-quantity purchases",
        "seeks_ko": (
            "스마트글라스용 소형 고해상도 OLED·마이크로 디스플레이 모듈, 작업자 생체신호 센서 통합, 경량 "
            "복합재 프레임"
        ),
        "seeks_en": (
            "Small high-resolution OLED and micro-display modules for smart glasses, integration of worker "
            "biosignal sensors, lightweight composite frames"
        ),
        "certifications": [],
        "languages": ["en"],
        "codes": ["NAICS 334310"],
    },
]

PEOPLE = [
    # ------------------------------------------------------------------ city officials
    {
        "key": "mayor",
        "org": "cw-city",
        "name_ko": "박성우",
        "name_en": "Park Sung-woo",
        "title_ko": "시장",
        "title_en": "Mayor",
        "email": "mayor@example.org",
        "phone": "+82-55-225-0001",
        "languages": ["ko"],
        "consent_date": "2027-01-15",
        "consent_scope": "mission contact and profile",
    },
    {
        "key": "cw-director",
        "org": "cw-city",
        "name_ko": "이은정",
        "name_en": "Lee Eun-jeong",
        "title_ko": "투자통상과장",
        "title_en": "Director, Investment & Trade Office",
        "email": "ej.lee@example.org",
        "phone": "+82-55-225-2710",
        "languages": ["ko", "en"],
        "consent_date": "2027-01-15",
        "consent_scope": "mission contact and profile",
    },
    {
        "key": "cw-officer",
        "org": "cw-city",
        "name_ko": "정민재",
        "name_en": "Jung Min-jae",
        "title_ko": "투자통상과 주무관",
        "title_en": "Trade Officer, Investment & Trade Office",
        "email": "mj.jung@example.org",
        "phone": "+82-55-225-2714",
        "languages": ["ko", "en"],
        "consent_date": "2027-01-15",
        "consent_scope": "mission contact and profile",
    },
    # ------------------------------------------------------------------ delegation firms
    {
        "key": "vitalband-ceo",
        "org": "vitalband",
        "name_ko": "최윤서",
        "name_en": "Choi Yoon-seo",
        "title_ko": "대표이사",
        "title_en": "CEO",
        "email": "ys.choi@example.com",
        "phone": "+82-55-263-4101",
        "languages": ["ko", "en"],
        "consent_date": "2027-01-18",
        "consent_scope": "mission contact and profile",
    },
    {
        "key": "vitalband-export",
        "org": "vitalband",
        "name_ko": "한도현",
        "name_en": "Han Do-hyun",
        "title_ko": "해외영업팀장",
        "title_en": "Head of Overseas Sales",
        "email": "dh.han@example.com",
        "phone": "+82-55-263-4115",
        "languages": ["ko", "en"],
        "consent_date": "2027-01-18",
        "consent_scope": "mission contact and profile",
    },
    {
        "key": "onnuri-ceo",
        "org": "onnuri-meditech",
        "name_ko": "강태훈",
        "name_en": "Kang Tae-hoon",
        "title_ko": "대표이사",
        "title_en": "CEO",
        "email": "th.kang@example.com",
        "phone": "+82-55-286-7700",
        "languages": ["ko"],
        "consent_date": "2027-01-19",
        "consent_scope": "mission contact and profile",
    },
    {
        "key": "onnuri-export",
        "org": "onnuri-meditech",
        "name_ko": "오수빈",
        "name_en": "Oh Su-bin",
        "title_ko": "해외영업·인허가 팀장",
        "title_en": "Head of Export & Regulatory Affairs",
        "email": "sb.oh@example.com",
        "phone": "+82-55-286-7731",
        "languages": ["ko", "en"],
        "consent_date": "2027-01-19",
        "consent_scope": "mission contact and profile",
    },
    {
        "key": "sejin-ceo",
        "org": "sejin-aerotech",
        "name_ko": "윤재석",
        "name_en": "Yoon Jae-seok",
        "title_ko": "대표이사",
        "title_en": "CEO",
        "email": "js.yoon@example.com",
        "phone": "+82-55-282-3300",
        "languages": ["ko", "en"],
        "consent_date": "2027-01-16",
        "consent_scope": "mission contact and profile",
    },
    {
        "key": "sejin-export",
        "org": "sejin-aerotech",
        "name_ko": "서지민",
        "name_en": "Seo Ji-min",
        "title_ko": "해외사업팀 과장",
        "title_en": "Manager, Overseas Business",
        "email": "jm.seo@example.com",
        "phone": "+82-55-282-3324",
        "languages": ["ko", "en"],
        "consent_date": "2027-01-16",
        "consent_scope": "mission contact and profile",
    },
    {
        "key": "bitnuri-ceo",
        "org": "bitnuri-display",
        "name_ko": "임현주",
        "name_en": "Lim Hyun-joo",
        "title_ko": "대표이사",
        "title_en": "CEO",
        "email": "hj.lim@example.com",
        "phone": "+82-55-299-5100",
        "languages": ["ko", "en"],
        "consent_date": "2027-01-20",
        "consent_scope": "mission contact and profile",
    },
    {
        "key": "bitnuri-export",
        "org": "bitnuri-display",
        "name_ko": "조하늘",
        "name_en": "Jo Ha-neul",
        "title_ko": "글로벌영업팀장",
        "title_en": "Head of Global Sales",
        "email": "hn.jo@example.com",
        "phone": "+82-55-299-5142",
        "languages": ["ko", "en"],
        "consent_date": "2027-01-20",
        "consent_scope": "mission contact and profile",
    },
    {
        "key": "hangyeol-ceo",
        "org": "hangyeol-automation",
        "name_ko": "송기철",
        "name_en": "Song Ki-cheol",
        "title_ko": "대표이사",
        "title_en": "CEO",
        "email": "kc.song@example.com",
        "phone": "+82-55-274-8800",
        "languages": ["ko"],
        "consent_date": "2027-01-17",
        "consent_scope": "mission contact and profile",
    },
    {
        "key": "hangyeol-sales",
        "org": "hangyeol-automation",
        "name_ko": "문예린",
        "name_en": "Moon Ye-rin",
        "title_ko": "기술영업 매니저",
        "title_en": "Technical Sales Manager",
        "email": "yr.moon@example.com",
        "phone": "+82-55-274-8826",
        "languages": ["ko", "en"],
        "consent_date": "2027-01-17",
        "consent_scope": "mission contact and profile",
    },
    {
        "key": "ceracarbon-ceo",
        "org": "ceracarbon",
        "name_ko": "권혁준",
        "name_en": "Kwon Hyuk-jun",
        "title_ko": "대표이사",
        "title_en": "CEO",
        "email": "hj.kwon@example.com",
        "phone": "+82-55-710-2200",
        "languages": ["ko", "en"],
        "consent_date": "2027-01-21",
        "consent_scope": "mission contact and profile",
    },
    {
        "key": "ceracarbon-rnd",
        "org": "ceracarbon",
        "name_ko": "남궁유나",
        "name_en": "Namgung Yu-na",
        "title_ko": "기업부설연구소장",
        "title_en": "Head of R&D",
        "email": "yn.namgung@example.com",
        "phone": "+82-55-710-2231",
        "languages": ["ko", "en"],
        "consent_date": "2027-01-21",
        "consent_scope": "mission contact and profile",
    },
    # ------------------------------------------------------------------ partner contacts (one each)
    {
        "key": "siemens-contact",
        "org": "siemens",
        "name_ko": "카트린 베버",
        "name_en": "Katrin Weber",
        "title_ko": "파트너 생태계 총괄, 디지털 인더스트리",
        "title_en": "Head of Partner Ecosystem, Digital Industries",
        "email": "katrin.weber@example.com",
        "phone": "+1-510-555-0141",
        "languages": ["en", "de"],
        "consent_date": "2027-02-03",
        "consent_scope": "mission contact and profile",
    },
    {
        "key": "ksea-contact",
        "org": "ksea-sv",
        "name_ko": "그레이스 김",
        "name_en": "Grace Kim",
        "title_ko": "지부장",
        "title_en": "Chapter President",
        "email": "grace.kim@example.com",
        "phone": "+1-408-555-0162",
        "languages": ["en", "ko"],
        "consent_date": "2027-02-01",
        "consent_scope": "mission contact and profile",
    },
    {
        "key": "kotra-contact",
        "org": "kotra-sv",
        "name_ko": "정다은",
        "name_en": "Jung Da-eun",
        "title_ko": "실리콘밸리무역관 차장",
        "title_en": "Deputy Director, KOTRA Silicon Valley",
        "email": "de.jung@example.org",
        "phone": "+1-408-555-0175",
        "languages": ["ko", "en"],
        "consent_date": "2027-01-28",
        "consent_scope": "mission contact and profile",
    },
    {
        "key": "pacific-crest-contact",
        "org": "pacific-crest-health",
        "name_ko": "린다 박",
        "name_en": "Linda Park",
        "title_ko": "임상 공급망·가치분석 디렉터",
        "title_en": "Director, Clinical Supply Chain & Value Analysis",
        "email": "linda.park@example.com",
        "phone": "+1-408-555-0118",
        "languages": ["en"],
        "consent_date": "2027-02-05",
        "consent_scope": "mission contact and profile",
    },
    {
        "key": "bayline-contact",
        "org": "bayline-medical",
        "name_ko": "로버트 첸",
        "name_en": "Robert Chen",
        "title_ko": "제품 소싱 부사장",
        "title_en": "VP, Product Sourcing",
        "email": "robert.chen@example.com",
        "phone": "+1-510-555-0127",
        "languages": ["en"],
        "consent_date": "2027-02-04",
        "consent_scope": "mission contact and profile",
    },
    {
        "key": "trailhead-contact",
        "org": "trailhead-labs",
        "name_ko": "에밀리 포스터",
        "name_en": "Emily Foster",
        "title_ko": "하드웨어 운영 디렉터",
        "title_en": "Director of Hardware Operations",
        "email": "emily.foster@example.com",
        "phone": "+1-650-555-0133",
        "languages": ["en"],
        "consent_date": "2027-02-06",
        "consent_scope": "mission contact and profile",
    },
    {
        "key": "forgeline-contact",
        "org": "forgeline",
        "name_ko": "아르준 메타",
        "name_en": "Arjun Mehta",
        "title_ko": "매니징 디렉터",
        "title_en": "Managing Director",
        "email": "arjun.mehta@example.com",
        "phone": "+1-408-555-0149",
        "languages": ["en"],
        "consent_date": "2027-02-02",
        "consent_scope": "mission contact and profile",
    },
    {
        "key": "lumenfield-contact",
        "org": "lumenfield",
        "name_ko": "케빈 오브라이언",
        "name_en": "Kevin O'Brien",
        "title_ko": "디스플레이 제품 공급망 매니저",
        "title_en": "Supply Chain Manager, Display Products",
        "email": "kevin.obrien@example.com",
        "phone": "+1-408-555-0156",
        "languages": ["en"],
        "consent_date": "2027-02-08",
        "consent_scope": "mission contact and profile",
    },
    {
        "key": "helion-contact",
        "org": "helion-process",
        "name_ko": "프리야 라만",
        "name_en": "Priya Raman",
        "title_ko": "선임 소싱 엔지니어",
        "title_en": "Senior Sourcing Engineer",
        "email": "priya.raman@example.com",
        "phone": "+1-510-555-0168",
        "languages": ["en"],
        "consent_date": "2027-02-09",
        "consent_scope": "mission contact and profile",
    },
    {
        "key": "goldengate-contact",
        "org": "goldengate-automation",
        "name_ko": "미겔 산토스",
        "name_en": "Miguel Santos",
        "title_ko": "대표",
        "title_en": "CEO",
        "email": "miguel.santos@example.com",
        "phone": "+1-510-555-0181",
        "languages": ["en", "es"],
        "consent_date": "2027-02-03",
        "consent_scope": "mission contact and profile",
    },
    {
        "key": "amperis-contact",
        "org": "amperis",
        "name_ko": "해나 류",
        "name_en": "Hannah Liu",
        "title_ko": "소재 엔지니어링 총괄",
        "title_en": "Head of Materials Engineering",
        "email": "hannah.liu@example.com",
        "phone": "+1-408-555-0192",
        "languages": ["en"],
        "consent_date": "2027-02-10",
        "consent_scope": "mission contact and profile",
    },
    {
        "key": "sandhill-contact",
        "org": "sandhill-bridge",
        "name_ko": "데이비드 윤",
        "name_en": "David Yoon",
        "title_ko": "파트너",
        "title_en": "Partner",
        "email": "david.yoon@example.com",
        "phone": "+1-650-555-0104",
        "languages": ["en", "ko"],
        "consent_date": "2027-02-01",
        "consent_scope": "mission contact and profile",
    },
    {
        "key": "redmond-contact",
        "org": "redmond-city",
        "name_ko": "제시카 알바레즈",
        "name_en": "Jessica Alvarez",
        "title_ko": "국제교류 담당관",
        "title_en": "International Relations Manager",
        "email": "jessica.alvarez@example.org",
        "phone": "+1-425-555-0112",
        "languages": ["en", "es"],
        "consent_date": "2027-01-29",
        "consent_scope": "mission contact and profile",
    },
    {
        "key": "boeing-contact",
        "org": "boeing",
        "name_ko": "마크 헨더슨",
        "name_en": "Mark Henderson",
        "title_ko": "글로벌 공급업체 개발 시니어 매니저",
        "title_en": "Senior Manager, Global Supplier Development",
        "email": "mark.henderson@example.com",
        "phone": "+1-206-555-0125",
        "languages": ["en"],
        "consent_date": "2027-02-02",
        "consent_scope": "mission contact and profile",
    },
    {
        "key": "library-contact",
        "org": "seattle-library",
        "name_ko": "토머스 응우옌",
        "name_en": "Thomas Nguyen",
        "title_ko": "비즈니스·과학기술 서비스 매니저",
        "title_en": "Manager, Business, Science & Technology Services",
        "email": "thomas.nguyen@example.org",
        "phone": "+1-206-555-0139",
        "languages": ["en", "vi"],
        "consent_date": "2027-02-04",
        "consent_scope": "mission contact and profile",
    },
    {
        "key": "cascadia-contact",
        "org": "cascadia-poly",
        "name_ko": "세라 린드크비스트",
        "name_en": "Sarah Lindqvist",
        "title_ko": "교수, 복합재구조연구실장",
        "title_en": "Professor and Director, Composite Structures Laboratory",
        "email": "s.lindqvist@example.edu",
        "phone": "+1-206-555-0146",
        "languages": ["en"],
        "consent_date": "2027-02-07",
        "consent_scope": "mission contact and profile",
    },
    {
        "key": "skyreach-contact",
        "org": "skyreach",
        "name_ko": "제이슨 밀러",
        "name_en": "Jason Miller",
        "title_ko": "엔지니어링 부사장",
        "title_en": "VP Engineering",
        "email": "jason.miller@example.com",
        "phone": "+1-425-555-0153",
        "languages": ["en"],
        "consent_date": "2027-02-05",
        "consent_scope": "mission contact and profile",
    },
    {
        "key": "nw-safety-contact",
        "org": "nw-safety",
        "name_ko": "캐런 요한슨",
        "name_en": "Karen Johansson",
        "title_ko": "커넥티드 안전 제품 카테고리 매니저",
        "title_en": "Category Manager, Connected Safety",
        "email": "karen.johansson@example.com",
        "phone": "+1-253-555-0164",
        "languages": ["en"],
        "consent_date": "2027-02-08",
        "consent_scope": "mission contact and profile",
    },
    {
        "key": "puget-aero-contact",
        "org": "puget-aerostructures",
        "name_ko": "브라이언 월시",
        "name_en": "Brian Walsh",
        "title_ko": "구매 디렉터",
        "title_en": "Director of Procurement",
        "email": "brian.walsh@example.com",
        "phone": "+1-425-555-0177",
        "languages": ["en"],
        "consent_date": "2027-02-03",
        "consent_scope": "mission contact and profile",
    },
    {
        "key": "evergreen-contact",
        "org": "evergreen-cardiac",
        "name_ko": "네이선 브룩스",
        "name_en": "Nathan Brooks",
        "title_ko": "최고의료책임자(CMO)",
        "title_en": "Chief Medical Officer",
        "email": "nathan.brooks@example.com",
        "phone": "+1-206-555-0188",
        "languages": ["en"],
        "consent_date": "2027-02-06",
        "consent_scope": "mission contact and profile",
    },
    {
        "key": "rainier-contact",
        "org": "rainier-ai",
        "name_ko": "소피 다나카",
        "name_en": "Sophie Tanaka",
        "title_ko": "제조 파트너십 디렉터",
        "title_en": "Director, Manufacturing Partnerships",
        "email": "sophie.tanaka@example.com",
        "phone": "+1-425-555-0195",
        "languages": ["en", "ja"],
        "consent_date": "2027-02-09",
        "consent_scope": "mission contact and profile",
    },
    {
        "key": "halo-contact",
        "org": "halo-optics",
        "name_ko": "크리스 애버내시",
        "name_en": "Chris Abernathy",
        "title_ko": "하드웨어 소싱 총괄",
        "title_en": "Head of Hardware Sourcing",
        "email": "chris.abernathy@example.com",
        "phone": "+1-425-555-0108",
        "languages": ["en"],
        "consent_date": "2027-02-10",
        "consent_scope": "mission contact and profile",
    },
    # ------------------------------------------------------------------ interpreters (no organisation)
    {
        "key": "interp-shin",
        "org": None,
        "name_ko": "신아름",
        "name_en": "Shin A-reum",
        "title_ko": "한영 통역사",
        "title_en": "Korean–English interpreter",
        "email": "areum.shin@example.net",
        "phone": "+82-10-5550-0131",
        "languages": ["ko", "en"],
        "consent_date": "2027-01-25",
        "consent_scope": "mission contact and profile",
    },
    {
        "key": "interp-cho",
        "org": None,
        "name_ko": "조대니얼",
        "name_en": "Daniel Cho",
        "title_ko": "한영 통역사",
        "title_en": "Korean–English interpreter",
        "email": "daniel.cho@example.net",
        "phone": "+1-206-555-0171",
        "languages": ["ko", "en"],
        "consent_date": "2027-01-26",
        "consent_scope": "mission contact and profile",
    },
]

ACCOUNTS = [
    {"username": "admin", "password": "gyoryu-admin", "role": "admin"},
    {"username": "staff", "password": "gyoryu-staff", "role": "staff", "person": "cw-officer"},
    {
        "username": "delegate",
        "password": "gyoryu-delegate",
        "role": "delegate",
        "org": "sejin-aerotech",
        "person": "sejin-ceo",
    },
    {
        "username": "partner",
        "password": "gyoryu-partner",
        "role": "guest",
        "org": "boeing",
        "person": "boeing-contact",
    },
]

MISSION = {
    "title_ko": "2027 창원시 미국 서부(실리콘밸리·시애틀) 경제협력 대표단",
    "title_en": "Changwon 2027 Economic Mission to Silicon Valley and Seattle",
    "purpose_ko": "창원시장이 이끄는 대표단이 지역 중소 제조기업 6개사와 함께 실리콘밸리와 시애틀·레드먼드를 "
    "방문하여 "
    "현지 바이어·유통사·연구기관과 1:1 비즈니스 상담을 진행하고, 레드먼드시와 산업·문화·체육·학술 교류협력 "
    "협약을 "
    "체결하며 자매도시 결연을 검토한다. 항공, 의료기기, 웨어러블, 디스플레이, 스마트공장, 첨단소재 분야의 "
    "수출 계약과 "
    "공급망 진입을 목표로 한다.",
    "purpose_en": "A delegation led by the Mayor of Changwon takes six local manufacturers to Silicon Valley "
    "and "
    "Seattle/Redmond for one-to-one business meetings with buyers, distributors and research partners, signs "
    "an "
    "exchange agreement on industry, culture, sports and academia with the City of Redmond and reviews a "
    "sister-city "
    "relationship. The aim is export contracts and supply-chain entry in aerospace, medical devices, "
    "wearables, "
    "displays, smart factories and advanced materials.",
    "status": "matching",
    "stops": [
        {
            "city_ko": "새너제이",
            "city_en": "San Jose",
            "country": "US",
            "timezone": "America/Los_Angeles",
            "start_date": "2027-03-08",
            "end_date": "2027-03-10",
            "venues": [
                {
                    "name_ko": "새너제이 매케너리 컨벤션센터 비즈니스 상담장",
                    "name_en": "San Jose McEnery Convention Center, business meeting hall",
                    "address": "150 W San Carlos St, San Jose, CA 95113, USA",
                    "host": None,
                    "rooms": [
                        ["Room A", 8],
                        ["Room B", 8],
                        ["Table 1", 4],
                        ["Table 2", 4],
                        ["Table 3", 4],
                        ["Table 4", 4],
                        ["Table 5", 4],
                        ["Table 6", 4],
                    ],
                },
                {
                    "name_ko": "KOTRA 실리콘밸리무역관 회의실",
                    "name_en": "KOTRA Silicon Valley meeting rooms",
                    "address": "",
                    "host": "kotra-sv",
                    "rooms": [["Board Room", 12], ["Room 2", 6]],
                },
            ],
        },
        {
            "city_ko": "시애틀·레드먼드",
            "city_en": "Seattle / Redmond",
            "country": "US",
            "timezone": "America/Los_Angeles",
            "start_date": "2027-03-11",
            "end_date": "2027-03-13",
            "venues": [
                {
                    "name_ko": "레드먼드 시청",
                    "name_en": "Redmond City Hall",
                    "address": "15670 NE 85th St, Redmond, WA 98052, USA",
                    "host": "redmond-city",
                    "rooms": [["Council Chambers", 40], ["Conference Room 1", 10]],
                },
                {
                    "name_ko": "시애틀 중앙도서관",
                    "name_en": "Seattle Central Library",
                    "address": "1000 Fourth Ave, Seattle, WA 98104, USA",
                    "host": "seattle-library",
                    "rooms": [
                        ["Microsoft Auditorium", 60],
                        ["Meeting Room 1", 10],
                        ["Table 1", 4],
                        ["Table 2", 4],
                        ["Table 3", 4],
                        ["Table 4", 4],
                    ],
                },
            ],
        },
    ],
    "delegation": [
        {"org": "cw-city", "travellers": ["mayor", "cw-director", "cw-officer"]},
        {"org": "vitalband", "travellers": ["vitalband-ceo", "vitalband-export"]},
        {"org": "onnuri-meditech", "travellers": ["onnuri-ceo", "onnuri-export"]},
        {"org": "sejin-aerotech", "travellers": ["sejin-ceo", "sejin-export"]},
        {"org": "bitnuri-display", "travellers": ["bitnuri-export"]},
        {"org": "hangyeol-automation", "travellers": ["hangyeol-ceo", "hangyeol-sales"]},
        {"org": "ceracarbon", "travellers": ["ceracarbon-ceo"]},
    ],
    "targets": [
        # stop 0: Silicon Valley
        {"org": "siemens", "priority": 1, "stop": 0, "notes": "Xcelerator partner programme; Hangyeol lead"},
        {"org": "ksea-sv", "priority": 2, "stop": 0, "notes": "기술교류 간담회 및 만찬 (시장 참석)"},
        {"org": "kotra-sv", "priority": 2, "stop": 0, "notes": "현지 시장 브리핑, 상담회 공동 운영"},
        {"org": "pacific-crest-health", "priority": 1, "stop": 0, "notes": "RPM pilot; Onnuri + VitalBand"},
        {"org": "bayline-medical", "priority": 1, "stop": 0, "notes": "Exclusive distribution for ECG patch"},
        {"org": "trailhead-labs", "priority": 1, "stop": 0, "notes": "Smart band ODM, 50k units/yr"},
        {"org": "forgeline", "priority": 3, "stop": 0, "notes": "Pilot-run manufacturing for start-ups"},
        {"org": "lumenfield", "priority": 1, "stop": 0, "notes": "Sunlight-readable TFT, 7-year supply"},
        {
            "org": "helion-process",
            "priority": 2,
            "stop": 0,
            "notes": "Ceramic-coated chamber parts; CeraCarbon",
        },
        {"org": "goldengate-automation", "priority": 2, "stop": 0, "notes": "US SI partner for Hangyeol"},
        {"org": "amperis", "priority": 2, "stop": 0, "notes": "Thermal pads and composite enclosures"},
        {"org": "sandhill-bridge", "priority": 3, "stop": 0, "notes": "투자 설명회 (온누리메디텍, 세라카본)"},
        # stop 1: Seattle / Redmond
        {
            "org": "redmond-city",
            "priority": 1,
            "stop": 1,
            "notes": "교류협력 협약 서명식, 자매도시 검토 (시장)",
        },
        {"org": "boeing", "priority": 1, "stop": 1, "notes": "Supplier development meeting; Sejin AS9100D"},
        {"org": "seattle-library", "priority": 2, "stop": 1, "notes": "문화교류 및 도서 교환 협의"},
        {"org": "cascadia-poly", "priority": 2, "stop": 1, "notes": "CFRTP sample testing, joint research"},
        {"org": "skyreach", "priority": 2, "stop": 1, "notes": "Composite airframe, GCS displays"},
        {"org": "nw-safety", "priority": 2, "stop": 1, "notes": "Worker safety wearables distribution"},
        {
            "org": "puget-aerostructures",
            "priority": 1,
            "stop": 1,
            "notes": "Build-to-print titanium machining",
        },
        {"org": "evergreen-cardiac", "priority": 1, "stop": 1, "notes": "ECG patch + AI algorithm bundle"},
        {"org": "rainier-ai", "priority": 3, "stop": 1, "notes": "MES / OPC UA integration"},
        {"org": "halo-optics", "priority": 3, "stop": 1, "notes": "Micro-display for AR glasses"},
    ],
    "interpreters": [
        {"person": "interp-shin", "language_pairs": ["ko-en"], "available_days": []},
        {
            "person": "interp-cho",
            "language_pairs": ["ko-en"],
            "available_days": ["2027-03-11", "2027-03-12", "2027-03-13"],
        },
    ],
}

# ---------------------------------------------------------------------- a second organiser (isolation tests)

OTHER_ORGANISER = {
    "slug": "busan-trade",
    "name_ko": "부산광역시 해외통상과",
    "name_en": "Busan Metropolitan City Overseas Trade Division",
}

OTHER_ORGANISATIONS = [
    {
        "key": "bs-dadae-valve",
        "kind": "company",
        "name_ko": "(주)다대밸브텍",
        "name_en": "Dadae Valvetech Co., Ltd.",
        "country": "KR",
        "region": "부산광역시",
        "city": "부산",
        "website": "",
        "employees": 58,
        "revenue_band": "10m-50m",
        "founded": 2002,
        "description_ko": (
            "선박·해양플랜트용 극저온 밸브와 원격 제어 밸브를 생산하는 부산 사하구 소재 제조기업."
        ),
        "description_en": (
            "Busan manufacturer of cryogenic valves and remote-controlled valves for ships and offshore "
            "plants."
        ),
        "offers_ko": "LNG 운반선용 극저온 밸브(-196℃), 유압식 원격 제어 밸브, 선급 인증 대응",
        "offers_en": (
            "Cryogenic valves for LNG carriers (-196 °C), hydraulic remote-controlled valves, class-society "
            "approvals"
        ),
        "seeks_ko": "유럽 조선·해양 기자재 유통사, 수소·암모니아 연료 추진선용 밸브 공동 개발",
        "seeks_en": (
            "European marine equipment distributors, co-development of valves for hydrogen and "
            "ammonia-fuelled ships"
        ),
        "certifications": ["ISO 9001", "DNV type approval", "CE"],
        "languages": ["ko", "en"],
        "codes": ["KSIC 29133", "HS 848180"],
    },
    {
        "key": "bs-mainwerk",
        "kind": "company",
        "name_ko": "마인베르크 마린 시스템즈",
        "name_en": "Mainwerk Marine Systems GmbH",
        "country": "DE",
        "region": "Hessen",
        "city": "Frankfurt am Main",
        "website": "",
        "employees": 230,
        "revenue_band": "50m-250m",
        "founded": 1994,
        "description_ko": "유럽 조선소에 연료가스 공급 시스템을 설계·공급하는 엔지니어링 기업.",
        "description_en": (
            "Engineering company designing and supplying fuel-gas supply systems to European shipyards."
        ),
        "offers_ko": "유럽 조선소 고객 기반, 시스템 설계 및 인증 지원",
        "offers_en": "European shipyard customer base, system design and certification support",
        "seeks_ko": "LNG·암모니아 연료 시스템용 극저온 밸브 공급업체, 아시아 제조 파트너",
        "seeks_en": (
            "Suppliers of cryogenic valves for LNG and ammonia fuel systems, Asian manufacturing partners"
        ),
        "certifications": ["ISO 9001", "EN 9100"],
        "languages": ["de", "en"],
        "codes": ["ISIC 2813", "ISIC 3011"],
    },
]

OTHER_PEOPLE = [
    {
        "key": "bs-dadae-ceo",
        "org": "bs-dadae-valve",
        "name_ko": "하정우",
        "name_en": "Ha Jeong-woo",
        "title_ko": "대표이사",
        "title_en": "CEO",
        "email": "jw.ha@example.com",
        "phone": "+82-51-263-1100",
        "languages": ["ko", "en"],
        "consent_date": "2027-02-12",
        "consent_scope": "mission contact and profile",
    },
    {
        "key": "bs-mainwerk-contact",
        "org": "bs-mainwerk",
        "name_ko": "요나스 크뤼거",
        "name_en": "Jonas Krüger",
        "title_ko": "구매 책임자",
        "title_en": "Head of Purchasing",
        "email": "jonas.krueger@example.de",
        "phone": "+49-69-5550-0142",
        "languages": ["de", "en"],
        "consent_date": "2027-02-15",
        "consent_scope": "mission contact and profile",
    },
]

OTHER_ACCOUNTS = [{"username": "other-staff", "password": "gyoryu-other", "role": "staff"}]

OTHER_MISSION = {
    "title_ko": "2027 부산 조선기자재 프랑크푸르트 시장개척단",
    "title_en": "Busan 2027 Marine Equipment Market Mission to Frankfurt",
    "purpose_ko": "부산 조선기자재 기업의 유럽 조선·해양 공급망 진입을 위한 현지 바이어 상담",
    "purpose_en": (
        "Buyer meetings in Frankfurt to bring Busan marine equipment makers into European shipbuilding "
        "supply chains"
    ),
    "status": "planning",
    "stops": [
        {
            "city_ko": "프랑크푸르트",
            "city_en": "Frankfurt am Main",
            "country": "DE",
            "timezone": "Europe/Berlin",
            "start_date": "2027-04-20",
            "end_date": "2027-04-22",
            "venues": [
                {
                    "name_ko": "호텔 비즈니스 상담장",
                    "name_en": "Hotel business meeting room",
                    "address": "",
                    "host": None,
                    "rooms": [["Room 1", 6], ["Table 1", 4]],
                }
            ],
        }
    ],
    "delegation": [{"org": "bs-dadae-valve", "travellers": ["bs-dadae-ceo"]}],
    "targets": [{"org": "bs-mainwerk", "priority": 1, "stop": 0, "notes": "Cryogenic valves for FGSS"}],
    "interpreters": [],
}
