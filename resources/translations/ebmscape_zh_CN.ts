<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AttentionStage</name>
    <message>
        <source>Attention weights pᵢ = softmax(β %1)</source>
        <translation>注意力权重 pᵢ = softmax(β %1)</translation>
    </message>
    <message>
        <source>β = %1   E(ξ) = %2   after %3 steps%4</source>
        <translation>β = %1   E(ξ) = %2   %3 步后%4</translation>
    </message>
    <message>
        <source>   (patterns normalized)</source>
        <translation>   （模式已归一化）</translation>
    </message>
    <message>
        <source>x%1</source>
        <translation>x%1</translation>
    </message>
    <message>
        <source>Step moves ξ to Σ pᵢ xᵢ (the path on the landscape); the weights sum to 1</source>
        <translation>单步将 ξ 移到 Σ pᵢ xᵢ（景观上的路径）；权重之和为 1</translation>
    </message>
</context>
<context>
    <name>ContrastiveStage</name>
    <message>
        <source>InfoNCE: each view&apos;s softmax over the batch must pick its partner.  The energy on pairs: E(x, y) = −g(x)·g(y)/τ</source>
        <translation>InfoNCE：每个视图在批次上的 softmax 必须选出它的配对。样本对上的能量：E(x, y) = −g(x)·g(y)/τ</translation>
    </message>
    <message>
        <source>the data, coloured by where g sends it (click: the anchor x)</source>
        <translation>数据，按 g 将其映射到的位置着色（点击：锚点 x）</translation>
    </message>
    <message>
        <source>g(x) on the circle; yellow: the anchor&apos;s softmax weight ∝ exp(g(x)·g(y)/τ)</source>
        <translation>圆上的 g(x)；黄色：锚点的 softmax 权重 ∝ exp(g(x)·g(y)/τ)</translation>
    </message>
    <message>
        <source>g(x) on the sphere (far side faint)</source>
        <translation>球面上的 g(x)（背面较淡）</translation>
    </message>
    <message>
        <source>step %1 / %2   InfoNCE on %3 fixed pairs: %4 nats (a blind encoder: log %3 = %5)</source>
        <translation>第 %1 / %2 步   %3 个固定样本对上的 InfoNCE：%4 nats（盲编码器：log %3 = %5）</translation>
    </message>
    <message>
        <source>partner ranked first: %1% (chance %2%)   alignment %3 (→ 0)</source>
        <translation>配对排名第一：%1%（随机水平 %2%）   对齐度 %3（→ 0）</translation>
    </message>
    <message>
        <source>uniformity %1 (uniform %2: %3)   τ = %4   σ = %5</source>
        <translation>均匀性 %1（%2上均匀分布时：%3）   τ = %4   σ = %5</translation>
    </message>
    <message>
        <source>circle</source>
        <translation>圆</translation>
    </message>
    <message>
        <source>sphere</source>
        <translation>球面</translation>
    </message>
</context>
<context>
    <name>HopfieldStage</name>
    <message>
        <source>Recalled %1: E = %2 after %3 updates</source>
        <translation>已回忆出 %1：%3 次更新后 E = %2</translation>
    </message>
    <message>
        <source>Settled in the negative of %1 (E = %2)</source>
        <translation>稳定于 %1 的反模式（E = %2）</translation>
    </message>
    <message>
        <source>A spurious valley: E = %1, largest overlap %2 with %3</source>
        <translation>伪谷：E = %1，与 %3 的最大重叠度为 %2</translation>
    </message>
    <message>
        <source>E = %1   ·   %2 updates   ·   m = %3 with %4</source>
        <translation>E = %1   ·   %2 次更新   ·   与 %4 的 m = %3</translation>
    </message>
    <message>
        <source>Glauber dynamics at T = %1</source>
        <translation>T = %1 下的格劳伯动力学</translation>
    </message>
    <message>
        <source>T = 0: each unit turns to its field</source>
        <translation>T = 0：每个单元转向其局部场的方向</translation>
    </message>
    <message>
        <source>a painted cue</source>
        <translation>手绘的提示</translation>
    </message>
    <message>
        <source>cue: %1, %2 % flipped</source>
        <translation>提示：%1，翻转了 %2 %</translation>
    </message>
    <message>
        <source>%1 rule, %2 memories   ·   %3   ·   %4%5</source>
        <translation>%1规则，%2 个记忆   ·   %3   ·   %4%5</translation>
    </message>
    <message>
        <source>   ·   settled</source>
        <translation>   ·   已稳定</translation>
    </message>
    <message>
        <source>   ·   paused</source>
        <translation>   ·   已暂停</translation>
    </message>
    <message>
        <source>The cue</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Memories and overlaps m</source>
        <translation>记忆与重叠度 m</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… 以及另外 %1 个</translation>
    </message>
    <message>
        <source>Hebbian</source>
        <translation>赫布</translation>
    </message>
    <message>
        <source>pseudo-inverse</source>
        <translation>伪逆</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Export Animation</source>
        <translation>导出动画</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>正在导出 %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Exported %1 s of animation as %2 (%3 × %4) to %5.</source>
        <translation>已将 %1 s 的动画导出为 %2（%3 × %4），保存到 %5。</translation>
    </message>
    <message>
        <source>%1: %2 points</source>
        <translation>%1：%2 个点</translation>
    </message>
    <message>
        <source>%1 points drawn on the map</source>
        <translation>平面图上绘制的 %1 个点</translation>
    </message>
    <message>
        <source>%1 imported points</source>
        <translation>%1 个导入的点</translation>
    </message>
    <message>
        <source> (some drawn on the map)</source>
        <translation>（部分绘制在平面图上）</translation>
    </message>
    <message>
        <source>, %1 classes</source>
        <translation>，%1 个类别</translation>
    </message>
    <message>
        <source>, %1 classes from &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>，%1 个类别，取自 &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source> %1 rows were skipped for a missing value.</source>
        <translation>有 %1 行因缺失值而被跳过。</translation>
    </message>
    <message>
        <source>%1 − %2, ÷ %3</source>
        <translation>%1 − %2, ÷ %3</translation>
    </message>
    <message>
        <source>&lt;br&gt;The network learns the points standardized (%1); the views, axes and the held-out NLL are in the file&apos;s own units.</source>
        <translation>&lt;br&gt;网络学习的是标准化后的点（%1）；视图、坐标轴和留出集 NLL 使用文件本身的单位。</translation>
    </message>
    <message>
        <source>Gaussian</source>
        <translation>高斯</translation>
    </message>
    <message>
        <source>Gaussian mixture</source>
        <translation>高斯混合</translation>
    </message>
    <message>
        <source>double well</source>
        <translation>双势阱</translation>
    </message>
    <message>
        <source>Müller–Brown</source>
        <translation>Müller–Brown</translation>
    </message>
    <message>
        <source>Rosenbrock banana</source>
        <translation>Rosenbrock 香蕉函数</translation>
    </message>
    <message>
        <source>Himmelblau&apos;s four valleys</source>
        <translation>Himmelblau 四谷</translation>
    </message>
    <message>
        <source>ring</source>
        <translation>环</translation>
    </message>
    <message>
        <source>Neal&apos;s funnel</source>
        <translation>Neal 漏斗</translation>
    </message>
    <message>
        <source>torus well</source>
        <translation>环面势阱</translation>
    </message>
    <message>
        <source>helix well</source>
        <translation>螺旋势阱</translation>
    </message>
    <message>
        <source>neural network</source>
        <translation>神经网络</translation>
    </message>
    <message>
        <source>restricted Boltzmann machine</source>
        <translation>受限玻尔兹曼机</translation>
    </message>
    <message>
        <source>One valley: E = ½(x−μ)ᵀΣ⁻¹(x−μ) + const</source>
        <translation>单个谷：E = ½(x−μ)ᵀΣ⁻¹(x−μ) + 常数</translation>
    </message>
    <message>
        <source>Several valleys: E = −log Σ wₖ N(x; μₖ, Σₖ)</source>
        <translation>多个谷：E = −log Σ wₖ N(x; μₖ, Σₖ)</translation>
    </message>
    <message>
        <source>Double well</source>
        <translation>双势阱</translation>
    </message>
    <message>
        <source>Two valleys and a barrier: the classic picture of a rare transition</source>
        <translation>两个谷和一道势垒：稀有跃迁的经典图景</translation>
    </message>
    <message>
        <source>The chemists&apos; test landscape: three minima joined by curved paths</source>
        <translation>化学家的测试景观：由弯曲路径相连的三个极小值</translation>
    </message>
    <message>
        <source>A long curved valley that slow samplers crawl along</source>
        <translation>一条长而弯曲的山谷，慢速采样器只能沿着它缓慢爬行</translation>
    </message>
    <message>
        <source>Four valleys of equal depth: does the sampler find them all, or stay in one?</source>
        <translation>四个等深的谷：采样器能找到全部，还是困在其中一个？</translation>
    </message>
    <message>
        <source>Ring</source>
        <translation>环</translation>
    </message>
    <message>
        <source>E = (r − r₀)²/w: likely on a circle, not at its centre</source>
        <translation>E = (r − r₀)²/w：概率集中在圆周上，而非圆心</translation>
    </message>
    <message>
        <source>A neck that narrows exponentially: hard for fixed-step samplers</source>
        <translation>呈指数收窄的颈部：对固定步长的采样器来说很难</translation>
    </message>
    <message>
        <source>Rule: half-plane</source>
        <translation>规则：半平面</translation>
    </message>
    <message>
        <source>Forbids one side of a line: E = λ·d², d the distance past it (add it to a landscape: AND)</source>
        <translation>禁止直线的一侧：E = λ·d²，d 为越过直线的距离（加到景观上：AND）</translation>
    </message>
    <message>
        <source>Rule: stay inside a disc</source>
        <translation>规则：留在圆盘内</translation>
    </message>
    <message>
        <source>E = λ·(r − R)² outside the circle: the density keeps only what lies inside</source>
        <translation>圆外 E = λ·(r − R)²：密度只保留圆内的部分</translation>
    </message>
    <message>
        <source>Rule: stay outside a disc</source>
        <translation>规则：留在圆盘外</translation>
    </message>
    <message>
        <source>E = λ·(R − r)² inside the circle: a forbidden hole</source>
        <translation>圆内 E = λ·(R − r)²：一个禁止进入的洞</translation>
    </message>
    <message>
        <source>Rule: band around a line</source>
        <translation>规则：直线周围的带状区域</translation>
    </message>
    <message>
        <source>Keeps points within a half-width of a line: E = λ·(distance − half-width)² beyond it</source>
        <translation>使点保持在距直线半宽度以内：超出时 E = λ·(距离 − 半宽度)²</translation>
    </message>
    <message>
        <source>Rule: box</source>
        <translation>规则：矩形区域</translation>
    </message>
    <message>
        <source>Keeps points inside a rectangle: E = λ·(distance outside it)²</source>
        <translation>使点保持在矩形内：E = λ·(超出矩形的距离)²</translation>
    </message>
    <message>
        <source>Rule: wall (half-plane)</source>
        <translation>规则：墙（半平面）</translation>
    </message>
    <message>
        <source>A flat wall of height λ where the rule breaks: no slope, so only MALA and HMC feel it</source>
        <translation>在违反规则处有一道高度为 λ 的平坦墙：没有坡度，因此只有 MALA 和 HMC 能感受到它</translation>
    </message>
    <message>
        <source>Gaussian mixture (3D)</source>
        <translation>高斯混合（三维）</translation>
    </message>
    <message>
        <source>Two blobs in space</source>
        <translation>空间中的两个团块</translation>
    </message>
    <message>
        <source>Double well (3D)</source>
        <translation>双势阱（三维）</translation>
    </message>
    <message>
        <source>Two valleys and a barrier, in space</source>
        <translation>空间中的两个谷和一道势垒</translation>
    </message>
    <message>
        <source>Torus well</source>
        <translation>环面势阱</translation>
    </message>
    <message>
        <source>Likely near a ring-shaped tube</source>
        <translation>概率集中在一个环形管附近</translation>
    </message>
    <message>
        <source>Helix well</source>
        <translation>螺旋势阱</translation>
    </message>
    <message>
        <source>Likely near a helix: a curved one-dimensional data set</source>
        <translation>概率集中在螺旋线附近：一个弯曲的一维数据集</translation>
    </message>
    <message>
        <source>label: %1</source>
        <translation>标签：%1</translation>
    </message>
    <message>
        <source>mean μ</source>
        <translation>均值 μ</translation>
    </message>
    <message>
        <source>covariance Σ</source>
        <translation>协方差 Σ</translation>
    </message>
    <message>
        <source>weight w</source>
        <translation>权重 w</translation>
    </message>
    <message>
        <source>barrier height</source>
        <translation>势垒高度</translation>
    </message>
    <message>
        <source>well separation</source>
        <translation>势阱间距</translation>
    </message>
    <message>
        <source>stiffness</source>
        <translation>刚度</translation>
    </message>
    <message>
        <source>energy scale</source>
        <translation>能量尺度</translation>
    </message>
    <message>
        <source>radius</source>
        <translation>半径</translation>
    </message>
    <message>
        <source>width</source>
        <translation>宽度</translation>
    </message>
    <message>
        <source>σ</source>
        <translation>σ</translation>
    </message>
    <message>
        <source>major radius</source>
        <translation>主半径</translation>
    </message>
    <message>
        <source>tube radius</source>
        <translation>管半径</translation>
    </message>
    <message>
        <source>pitch</source>
        <translation>螺距</translation>
    </message>
    <message>
        <source>height</source>
        <translation>高度</translation>
    </message>
    <message>
        <source>α</source>
        <translation>α</translation>
    </message>
    <message>
        <source>γ</source>
        <translation>γ</translation>
    </message>
    <message>
        <source>temperature</source>
        <translation>温度</translation>
    </message>
    <message>
        <source>dimension</source>
        <translation>维度</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>分量</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>项</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>层</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>更改 %1</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <source>β</source>
        <translation>β</translation>
    </message>
    <message>
        <source>normalize patterns</source>
        <translation>归一化模式</translation>
    </message>
    <message>
        <source>patterns</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>variant</source>
        <translation>变体</translation>
    </message>
</context>
<context>
    <name>SequenceStage</name>
    <message>
        <source>FLAGGED — caught</source>
        <translation>已标记 — 已检出</translation>
    </message>
    <message>
        <source>FLAGGED — a false alarm</source>
        <translation>已标记 — 误报</translation>
    </message>
    <message>
        <source>passed — missed!</source>
        <translation>放行 — 漏检！</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>放行</translation>
    </message>
    <message>
        <source>Session %1: %2 events, drawn as %3</source>
        <translation>会话 %1：%2 个事件，按%3生成</translation>
    </message>
    <message>
        <source>credential stuffing</source>
        <translation>撞库攻击</translation>
    </message>
    <message>
        <source>a customer</source>
        <translation>一位客户</translation>
    </message>
    <message>
        <source>surprise u (nats)</source>
        <translation>惊奇度 u（nats）</translation>
    </message>
    <message>
        <source>session mean %1 nats/event</source>
        <translation>会话均值 %1 nats/事件</translation>
    </message>
    <message>
        <source>threshold %1</source>
        <translation>阈值 %1</translation>
    </message>
    <message>
        <source>%1 fresh customers and %2 attacks: false alarms %3%, misses %4%</source>
        <translation>%1 个新客户和 %2 次攻击：误报 %3%，漏检 %4%</translation>
    </message>
    <message>
        <source>calibrated on %1 held-out customers to flag %2% of them (it flags %3%)</source>
        <translation>在 %1 个留出集客户上校准，目标标记其中的 %2%（实际标记 %3%）</translation>
    </message>
    <message>
        <source>0</source>
        <translation>0</translation>
    </message>
    <message>
        <source>mean surprise per event (nats) — blue: customers, orange: attacks, ▲: this session</source>
        <translation>每个事件的平均惊奇度（nats）— 蓝色：客户，橙色：攻击，▲：本会话</translation>
    </message>
</context>
<context>
    <name>ShortcutList</name>
    <message>
        <source>Menu bar</source>
        <translation>菜单栏</translation>
    </message>
    <message>
        <source>The %1 menu</source>
        <translation>“%1”菜单</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>%1 panel</source>
        <translation>%1面板</translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation>任意位置</translation>
    </message>
    <message>
        <source>A slider</source>
        <translation>滑块</translation>
    </message>
    <message>
        <source>A button, box or list</source>
        <translation>按钮、选择框或列表</translation>
    </message>
    <message>
        <source>A view (Tab to it)</source>
        <translation>视图（用 Tab 切换到它）</translation>
    </message>
    <message>
        <source>Next / previous control</source>
        <translation>下一个 / 上一个控件</translation>
    </message>
    <message>
        <source>Move by 1% of its range</source>
        <translation>移动其范围的 1%</translation>
    </message>
    <message>
        <source>Move by 10% of its range</source>
        <translation>移动其范围的 10%</translation>
    </message>
    <message>
        <source>Lowest / highest value</source>
        <translation>最小值 / 最大值</translation>
    </message>
    <message>
        <source>Press it, open it</source>
        <translation>按下、打开</translation>
    </message>
    <message>
        <source>A number box</source>
        <translation>数字框</translation>
    </message>
    <message>
        <source>Step the number</source>
        <translation>逐步增减数值</translation>
    </message>
    <message>
        <source>The panels&apos; tabs</source>
        <translation>面板的标签页</translation>
    </message>
    <message>
        <source>Previous / next panel</source>
        <translation>上一个 / 下一个面板</translation>
    </message>
    <message>
        <source>Turn the camera (the map: move it)</source>
        <translation>旋转相机（平面图：平移）</translation>
    </message>
    <message>
        <source>Zoom in / out</source>
        <translation>放大 / 缩小</translation>
    </message>
</context>
<context>
    <name>SoftmaxStage</name>
    <message>
        <source>For %1:  p(i | u) ∝ exp(−E(u, i) / τ),  τ = %2</source>
        <translation>对于 %1：p(i | u) ∝ exp(−E(u, i) / τ)，τ = %2</translation>
    </message>
    <message>
        <source>entropy H = %1 nats, like an even choice among e^H = %2 items</source>
        <translation>熵 H = %1 nats，相当于在 e^H = %2 个物品中均匀选择</translation>
    </message>
    <message>
        <source>   (orange: shares of %1 drawn)</source>
        <translation>   （橙色：%1 次抽样中的占比）</translation>
    </message>
    <message>
        <source>Energy is surprise:  u = −log p of what was seen</source>
        <translation>能量即惊奇度：u = 所见事件的 −log p</translation>
    </message>
    <message>
        <source>%1 nats (%2 bits)</source>
        <translation>%1 nats（%2 比特）</translation>
    </message>
    <message>
        <source>never seen: ∞</source>
        <translation>从未见过：∞</translation>
    </message>
</context>
<context>
    <name>SudokuStage</name>
    <message>
        <source>No solution: %1</source>
        <translation>无解：%1</translation>
    </message>
    <message>
        <source>Solved: E = 0 after %1 sweeps (%2 s)</source>
        <translation>已求解：%1 轮扫描后 E = 0（%2 s）</translation>
    </message>
    <message>
        <source>E = %1 conflicts   ·   %2 sweeps   ·   %3 reheats</source>
        <translation>E = %1 个冲突   ·   %2 轮扫描   ·   %3 次重新加热</translation>
    </message>
    <message>
        <source>%1   ·   %2   ·   %3 cells forced by the rules before descending</source>
        <translation>%1   ·   %2   ·   下降前有 %3 格已由规则确定</translation>
    </message>
    <message>
        <source>annealing</source>
        <translation>退火</translation>
    </message>
    <message>
        <source>parallel tempering</source>
        <translation>并行回火</translation>
    </message>
    <message>
        <source>Potts</source>
        <translation>Potts</translation>
    </message>
    <message>
        <source>puzzle</source>
        <translation>谜题</translation>
    </message>
</context>
<context>
    <name>TrainingStatus</name>
    <message>
        <source>Ready to train.</source>
        <translation>可以开始训练。</translation>
    </message>
    <message>
        <source>Training — %1 elapsed, about %2 left</source>
        <translation>训练中 — 已用 %1，约剩 %2</translation>
    </message>
    <message>
        <source>Paused after %1 iterations.</source>
        <translation>已在 %1 次迭代后暂停。</translation>
    </message>
    <message>
        <source>Finished %1 iterations in %2.</source>
        <translation>已在 %2 内完成 %1 次迭代。</translation>
    </message>
    <message>
        <source>Stopped after %1 iterations; the weights so far are kept.</source>
        <translation>已在 %1 次迭代后停止；保留目前的权重。</translation>
    </message>
    <message>
        <source>Stopped: training diverged.</source>
        <translation>已停止：训练发散。</translation>
    </message>
</context>
<context>
    <name>ebm</name>
    <message>
        <source>Eight Gaussians</source>
        <translation>八个高斯</translation>
    </message>
    <message>
        <source>8 Gaussians on a circle of radius 4, std 0.5, all divided by 1.414</source>
        <translation>半径为 4 的圆上的 8 个高斯，标准差 0.5，整体除以 1.414</translation>
    </message>
    <message>
        <source>Two moons</source>
        <translation>双月牙</translation>
    </message>
    <message>
        <source>sklearn make_moons (noise 0.1), x2, shifted by (-1, -0.2)</source>
        <translation>sklearn make_moons（噪声 0.1），乘以 2，平移 (-1, -0.2)</translation>
    </message>
    <message>
        <source>Swiss roll</source>
        <translation>瑞士卷</translation>
    </message>
    <message>
        <source>sklearn make_swiss_roll (noise 1) seen along its axis, divided by 5</source>
        <translation>sklearn make_swiss_roll（噪声 1）沿其轴向观察，除以 5</translation>
    </message>
    <message>
        <source>Two circles</source>
        <translation>双圆环</translation>
    </message>
    <message>
        <source>sklearn make_circles (factor 0.5, noise 0.08), x3</source>
        <translation>sklearn make_circles（factor 0.5，噪声 0.08），乘以 3</translation>
    </message>
    <message>
        <source>Four rings</source>
        <translation>四圆环</translation>
    </message>
    <message>
        <source>rings of radius 3, 2.25, 1.5, 0.75 with Gaussian noise 0.08</source>
        <translation>半径为 3、2.25、1.5、0.75 的圆环，高斯噪声 0.08</translation>
    </message>
    <message>
        <source>Checkerboard</source>
        <translation>棋盘格</translation>
    </message>
    <message>
        <source>uniform on the 8 black squares of a 4x4 board on [-4, 4]^2</source>
        <translation>[-4, 4]^2 上 4x4 棋盘的 8 个黑格内均匀分布</translation>
    </message>
    <message>
        <source>Pinwheel</source>
        <translation>风车</translation>
    </message>
    <message>
        <source>5 curved arms, radial std 0.3, tangential std 0.1, rate 0.25, x2</source>
        <translation>5 条弯曲的臂，径向标准差 0.3，切向标准差 0.1，速率 0.25，乘以 2</translation>
    </message>
    <message>
        <source>Two spirals</source>
        <translation>双螺旋线</translation>
    </message>
    <message>
        <source>two interleaved spirals of 1.5 turns, divided by 3, noise 0.1</source>
        <translation>两条相互交错、各 1.5 圈的螺旋线，除以 3，噪声 0.1</translation>
    </message>
    <message>
        <source>Three blobs (labelled)</source>
        <translation>三团点（带标签）</translation>
    </message>
    <message>
        <source>3 classes: Gaussians of std 0.5 at radius 2, 120 degrees apart</source>
        <translation>3 个类别：标准差 0.5 的高斯，位于半径 2 处，彼此相隔 120 度</translation>
    </message>
    <message>
        <source>Helix</source>
        <translation>螺旋线</translation>
    </message>
    <message>
        <source>two turns of a unit helix from z = -1 to 1, noise 0.05</source>
        <translation>单位螺旋线的两圈，z 从 -1 到 1，噪声 0.05</translation>
    </message>
    <message>
        <source>Torus</source>
        <translation>圆环面</translation>
    </message>
    <message>
        <source>uniform on a torus (R = 1.5, r = 0.5), noise 0.05</source>
        <translation>圆环面上均匀分布（R = 1.5，r = 0.5），噪声 0.05</translation>
    </message>
    <message>
        <source>Swiss roll (3D)</source>
        <translation>瑞士卷（3D）</translation>
    </message>
    <message>
        <source>sklearn make_swiss_roll (noise 1), centred, divided by 5</source>
        <translation>sklearn make_swiss_roll（噪声 1），居中，除以 5</translation>
    </message>
    <message>
        <source>Eight Gaussians on a cube</source>
        <translation>立方体上的八个高斯</translation>
    </message>
    <message>
        <source>8 Gaussians (std 0.3) on the corners of a cube, +-1.5</source>
        <translation>立方体各顶点（±1.5）上的 8 个高斯（标准差 0.3）</translation>
    </message>
    <message>
        <source>Sphere shell</source>
        <translation>球壳</translation>
    </message>
    <message>
        <source>uniform on a sphere of radius 2, noise 0.1</source>
        <translation>半径为 2 的球面上均匀分布，噪声 0.1</translation>
    </message>
    <message>
        <source>Interlocked rings</source>
        <translation>互锁圆环</translation>
    </message>
    <message>
        <source>two linked circles of radius 1.5, noise 0.1</source>
        <translation>两个相扣的半径 1.5 的圆，噪声 0.1</translation>
    </message>
    <message>
        <source>Temperature T</source>
        <translation>温度 T</translation>
    </message>
    <message>
        <source>p_T ∝ exp(−E/T): low T freezes particles into the deepest valleys, high T melts the landscape flat</source>
        <translation>p_T ∝ exp(−E/T)：低 T 把粒子冻结在最深的谷底，高 T 把景观熔化成一片平地</translation>
    </message>
    <message>
        <source>Blend α</source>
        <translation>插值 α</translation>
    </message>
    <message>
        <source>α·E₁ + (1−α)·E₂: slides the landscape from the second energy (α = 0) to the first (α = 1)</source>
        <translation>α·E₁ + (1−α)·E₂：让景观从第二个能量（α = 0）滑向第一个能量（α = 1）</translation>
    </message>
    <message>
        <source>Mixture weight w</source>
        <translation>混合权重 w</translation>
    </message>
    <message>
        <source>−log(w·e^{−E₁} + (1−w)·e^{−E₂}): the share of probability in the first energy (OR)</source>
        <translation>−log(w·e^{−E₁} + (1−w)·e^{−E₂})：第一个能量所占的概率份额（或）</translation>
    </message>
    <message>
        <source>Negation γ</source>
        <translation>否定 γ</translation>
    </message>
    <message>
        <source>E₁ − γ·E₂: how strongly the second energy&apos;s likely places are pushed away (NOT)</source>
        <translation>E₁ − γ·E₂：把第二个能量的高概率区域推开的力度（非）</translation>
    </message>
    <message>
        <source>Rule strength λ</source>
        <translation>规则强度 λ</translation>
    </message>
    <message>
        <source>E + λ·rule: what breaking a rule costs; as λ grows, the probability of breaking it falls to zero</source>
        <translation>E + λ·rule：违反规则的代价；λ 越大，违反规则的概率越趋于零</translation>
    </message>
    <message>
        <source>Noise σ</source>
        <translation>噪声 σ</translation>
    </message>
    <message>
        <source>The data density blurred by Gaussian noise of standard deviation σ</source>
        <translation>被标准差为 σ 的高斯噪声模糊后的数据密度</translation>
    </message>
    <message>
        <source>Anomaly threshold</source>
        <translation>异常阈值</translation>
    </message>
    <message>
        <source>Points with energy above the threshold are flagged as anomalies</source>
        <translation>能量高于阈值的点被标记为异常</translation>
    </message>
    <message>
        <source>Energy weight λ</source>
        <translation>能量权重 λ</translation>
    </message>
    <message>
        <source>λ of the energy fine-tuning terms λ·[ReLU(E(x) − m_in)² + ReLU(m_out − E(outlier))²]: 0 trains the classifier by cross-entropy alone</source>
        <translation>能量微调项 λ·[ReLU(E(x) − m_in)² + ReLU(m_out − E(outlier))²] 中的 λ：为 0 时仅用交叉熵训练分类器</translation>
    </message>
    <message>
        <source>Data margin m_in</source>
        <translation>数据间隔 m_in</translation>
    </message>
    <message>
        <source>Fine-tuning pushes the energy of the labelled data below m_in (Liu et al. use −25 on CIFAR-10)</source>
        <translation>微调把带标签数据的能量压到 m_in 以下（Liu 等人在 CIFAR-10 上取 −25）</translation>
    </message>
    <message>
        <source>Outlier margin m_out</source>
        <translation>离群点间隔 m_out</translation>
    </message>
    <message>
        <source>Fine-tuning pushes the energy of the outliers above m_out (Liu et al. use −7 on CIFAR-10)</source>
        <translation>微调把离群点的能量推到 m_out 以上（Liu 等人在 CIFAR-10 上取 −7）</translation>
    </message>
    <message>
        <source>Outliers</source>
        <translation>离群点</translation>
    </message>
    <message>
        <source>How many auxiliary outliers (uniform around the data) fine-tuning trains with</source>
        <translation>微调时使用多少个辅助离群点（在数据周围均匀分布）</translation>
    </message>
    <message>
        <source>Particles</source>
        <translation>粒子</translation>
    </message>
    <message>
        <source>How many particles sample the landscape</source>
        <translation>用多少个粒子对景观采样</translation>
    </message>
    <message>
        <source>Step size ε</source>
        <translation>步长 ε</translation>
    </message>
    <message>
        <source>Langevin step: x ← x − (ε/2)∇E/T + √ε·ξ; too large and the sampler overshoots</source>
        <translation>朗之万步：x ← x − (ε/2)∇E/T + √ε·ξ；步长过大时采样器会越过目标</translation>
    </message>
    <message>
        <source>Particles moving</source>
        <translation>粒子运动</translation>
    </message>
    <message>
        <source>1 = the particles move, 0 = frozen</source>
        <translation>1 = 粒子运动，0 = 冻结</translation>
    </message>
    <message>
        <source>Map Shows Density p_T</source>
        <translation>平面图显示密度 p_T</translation>
    </message>
    <message>
        <source>The map shows p_T = e^{−E/T}/Z_T beside the energy landscape</source>
        <translation>平面图在能量景观旁显示 p_T = e^{−E/T}/Z_T</translation>
    </message>
    <message>
        <source>Map Shows Max-Softmax</source>
        <translation>平面图显示最大 softmax</translation>
    </message>
    <message>
        <source>A classifier&apos;s map shows its confidence max_y p(y|x) beside its energy landscape</source>
        <translation>分类器的平面图在其能量景观旁显示其置信度 max_y p(y|x)</translation>
    </message>
    <message>
        <source>Decision Boundaries</source>
        <translation>决策边界</translation>
    </message>
    <message>
        <source>Where a classifier&apos;s predicted class changes</source>
        <translation>分类器预测类别发生变化之处</translation>
    </message>
    <message>
        <source>Lowest Point and Its Trace</source>
        <translation>最低点及其踪迹</translation>
    </message>
    <message>
        <source>The landscape&apos;s minimum, and the path it takes as you move a slider</source>
        <translation>景观的最小值，以及移动滑块时它所走的路径</translation>
    </message>
    <message>
        <source>Contour Lines</source>
        <translation>等高线</translation>
    </message>
    <message>
        <source>Lines of equal energy</source>
        <translation>等能量线</translation>
    </message>
    <message>
        <source>Axes</source>
        <translation>坐标轴</translation>
    </message>
    <message>
        <source>Coordinate axes; the landscape&apos;s height axis is in energy units</source>
        <translation>坐标轴；景观的高度轴以能量为单位</translation>
    </message>
    <message>
        <source>Colour Bar</source>
        <translation>色条</translation>
    </message>
    <message>
        <source>The scale of the colours</source>
        <translation>颜色的标尺</translation>
    </message>
    <message>
        <source>Data Points</source>
        <translation>数据点</translation>
    </message>
    <message>
        <source>The data set</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>The sampler&apos;s particles</source>
        <translation>采样器的粒子</translation>
    </message>
    <message>
        <source>Training Negatives</source>
        <translation>训练负样本</translation>
    </message>
    <message>
        <source>The Langevin negatives of the last training iteration</source>
        <translation>上一次训练迭代的朗之万负样本</translation>
    </message>
    <message>
        <source>Particle Trails</source>
        <translation>粒子轨迹</translation>
    </message>
    <message>
        <source>Each particle&apos;s recent path (set a trail length in the Sampler panel)</source>
        <translation>每个粒子最近的路径（在采样器面板中设置轨迹长度）</translation>
    </message>
    <message>
        <source>Score Field −∇E</source>
        <translation>得分场 −∇E</translation>
    </message>
    <message>
        <source>Arrows of the score: where the landscape pushes a particle</source>
        <translation>得分的箭头：景观把粒子推向何处</translation>
    </message>
    <message>
        <source>Density Volume (3D)</source>
        <translation>密度体（3D）</translation>
    </message>
    <message>
        <source>Volume rendering of p_T for 3D lessons</source>
        <translation>3D 课程中 p_T 的体绘制</translation>
    </message>
    <message>
        <source>Query x</source>
        <translation>查询 x</translation>
    </message>
    <message>
        <source>Where the query ξ starts (x); Step moves it by one attention update</source>
        <translation>查询 ξ 的起点（x）；单步把它移动一次注意力更新</translation>
    </message>
    <message>
        <source>Query y</source>
        <translation>查询 y</translation>
    </message>
    <message>
        <source>Where the query ξ starts (y); Step moves it by one attention update</source>
        <translation>查询 ξ 的起点（y）；单步把它移动一次注意力更新</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Whose recommendations: p(i | u) ∝ exp(U_u·V_i / τ) for the chosen user u</source>
        <translation>为谁推荐：对所选用户 u，p(i | u) ∝ exp(U_u·V_i / τ)</translation>
    </message>
    <message>
        <source>View noise σ</source>
        <translation>视图噪声 σ</translation>
    </message>
    <message>
        <source>The augmentation: each view of a point is x + σξ. Views of one point are the positive pair</source>
        <translation>数据增强：一个点的每个视图是 x + σξ。同一个点的两个视图构成正样本对</translation>
    </message>
    <message>
        <source>Anchor x</source>
        <translation>锚点 x</translation>
    </message>
    <message>
        <source>The point x whose energy E(x, y) = −g(x)·g(y)/τ the landscape draws</source>
        <translation>景观所画能量 E(x, y) = −g(x)·g(y)/τ 中的点 x</translation>
    </message>
    <message>
        <source>Anchor y</source>
        <translation>锚点 y</translation>
    </message>
    <message>
        <source>Cue noise</source>
        <translation>提示噪声</translation>
    </message>
    <message>
        <source>The fraction of the memory&apos;s pixels flipped to make the cue</source>
        <translation>为生成提示而翻转的记忆像素比例</translation>
    </message>
    <message>
        <source>T = 0: each unit aligns with its field hᵢ, so E never rises; T &gt; 0: it takes +1 with probability 1/(1 + e^{−2hᵢ/T}) (Glauber)</source>
        <translation>T = 0：每个单元与其局部场 hᵢ 对齐，因此 E 从不上升；T &gt; 0：它以概率 1/(1 + e^{−2hᵢ/T}) 取 +1（格劳伯动力学）</translation>
    </message>
    <message>
        <source>Pace (updates per frame)</source>
        <translation>速度（每帧更新数）</translation>
    </message>
    <message>
        <source>How many units are updated per frame for the class to watch; 256 updates make one sweep</source>
        <translation>为便于课堂观看，每帧更新多少个单元；256 次更新构成一次扫描</translation>
    </message>
    <message>
        <source>False-alarm target</source>
        <translation>误报目标</translation>
    </message>
    <message>
        <source>The share of normal sessions the watchdog may flag: the threshold is that quantile of held-out normal sessions&apos; mean energy</source>
        <translation>看门狗允许标记的正常会话比例：阈值取留出的正常会话平均能量的该分位数</translation>
    </message>
    <message>
        <source>Smoothing α</source>
        <translation>平滑 α</translation>
    </message>
    <message>
        <source>p(b | a) = (n(a→b) + α)/(n(a) + 8α): α imaginary sightings of every transition, so unseen ones get a finite energy</source>
        <translation>p(b | a) = (n(a→b) + α)/(n(a) + 8α)：每种转移都虚拟地观察到 α 次，因此未见过的转移也有有限的能量</translation>
    </message>
    <message>
        <source>Pace (sweeps per frame)</source>
        <translation>速度（每帧扫描数）</translation>
    </message>
    <message>
        <source>How fast the descent runs for the class to watch: sweeps (every free cell considered once) per frame</source>
        <translation>为便于课堂观看，下降进行得多快：每帧的扫描次数（每个非提示格考虑一次）</translation>
    </message>
    <message>
        <source>class 1</source>
        <translation>类别 1</translation>
    </message>
    <message>
        <source>class 2</source>
        <translation>类别 2</translation>
    </message>
    <message>
        <source>class 3</source>
        <translation>类别 3</translation>
    </message>
    <message>
        <source>gaussian</source>
        <translation>高斯</translation>
    </message>
    <message>
        <source>outer moon</source>
        <translation>外侧月牙</translation>
    </message>
    <message>
        <source>inner moon</source>
        <translation>内侧月牙</translation>
    </message>
    <message>
        <source>outer circle</source>
        <translation>外圆</translation>
    </message>
    <message>
        <source>inner circle</source>
        <translation>内圆</translation>
    </message>
    <message>
        <source>ring r=3</source>
        <translation>圆环 r=3</translation>
    </message>
    <message>
        <source>ring r=2.25</source>
        <translation>圆环 r=2.25</translation>
    </message>
    <message>
        <source>ring r=1.5</source>
        <translation>圆环 r=1.5</translation>
    </message>
    <message>
        <source>ring r=0.75</source>
        <translation>圆环 r=0.75</translation>
    </message>
    <message>
        <source>arm</source>
        <translation>旋臂</translation>
    </message>
    <message>
        <source>spiral 1</source>
        <translation>螺旋 1</translation>
    </message>
    <message>
        <source>spiral 2</source>
        <translation>螺旋 2</translation>
    </message>
    <message>
        <source>ring 1 (xy plane)</source>
        <translation>圆环 1（xy 平面）</translation>
    </message>
    <message>
        <source>ring 2 (xz plane)</source>
        <translation>圆环 2（xz 平面）</translation>
    </message>
    <message>
        <source>Camera azimuth</source>
        <translation>相机方位角</translation>
    </message>
    <message>
        <source>Turns the camera around the vertical axis (degrees)</source>
        <translation>使相机绕竖直轴旋转（度）</translation>
    </message>
    <message>
        <source>Camera elevation</source>
        <translation>相机仰角</translation>
    </message>
    <message>
        <source>Raises the camera above the landscape (degrees)</source>
        <translation>把相机抬高到景观上方（度）</translation>
    </message>
    <message>
        <source>login</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>view</source>
        <translation>浏览</translation>
    </message>
    <message>
        <source>search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>add-to-cart</source>
        <translation>加入购物车</translation>
    </message>
    <message>
        <source>purchase</source>
        <translation>购买</translation>
    </message>
    <message>
        <source>logout</source>
        <translation>登出</translation>
    </message>
    <message>
        <source>failed-login</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <source>password-reset</source>
        <translation>重置密码</translation>
    </message>
</context>
<context>
    <name>ebmui::AnimationPanel</name>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How long the animation lasts</source>
        <translation>动画持续的时长</translation>
    </message>
    <message>
        <source> fps</source>
        <translation> fps</translation>
    </message>
    <message>
        <source>Frames per second of an exported video</source>
        <translation>导出视频的每秒帧数</translation>
    </message>
    <message>
        <source>The slider (or camera angle) a new keyframe animates</source>
        <translation>新关键帧要动画化的滑块（或相机角度）</translation>
    </message>
    <message>
        <source>Add keyframe</source>
        <translation>添加关键帧</translation>
    </message>
    <message>
        <source>Key the chosen parameter at the current time with its current value</source>
        <translation>在当前时间以所选参数的当前值设置关键帧</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove the selected keyframes</source>
        <translation>移除所选关键帧</translation>
    </message>
    <message>
        <source>time (s)</source>
        <translation>时间（s）</translation>
    </message>
    <message>
        <source>parameter</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Double-click a time or a value to change it</source>
        <translation>双击时间或值即可修改</translation>
    </message>
    <message>
        <source>Drag through time: the window shows the animation at that moment</source>
        <translation>沿时间拖动：窗口显示该时刻的动画</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Play the animation in the window, as it will be exported</source>
        <translation>在窗口中按导出效果播放动画</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Render the animation to MP4, GIF or PNG frames</source>
        <translation>将动画渲染为 MP4、GIF 或 PNG 帧</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Frame rate</source>
        <translation>帧率</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>%1 s of %2 s</source>
        <translation>%1 s / %2 s</translation>
    </message>
    <message>
        <source>Change animation timing</source>
        <translation>更改动画时间设置</translation>
    </message>
    <message>
        <source>Remove keyframes</source>
        <translation>移除关键帧</translation>
    </message>
    <message>
        <source>Edit keyframe</source>
        <translation>编辑关键帧</translation>
    </message>
</context>
<context>
    <name>ebmui::AnomalyPanel</name>
    <message>
        <source>The model whose energy scores surprise: the true density, or a model trained on normal data only</source>
        <translation>用其能量衡量惊奇度的模型：真实密度，或仅在正常数据上训练的模型</translation>
    </message>
    <message>
        <source>Watchdog</source>
        <translation>看门狗</translation>
    </message>
    <message>
        <source>Calibrate on normal data</source>
        <translation>在正常数据上校准</translation>
    </message>
    <message>
        <source>Set the threshold so that the chosen share of normal (held-out) points is flagged</source>
        <translation>设置阈值，使正常（留出集）点中被标记的比例等于所选比例</translation>
    </message>
    <message>
        <source>%1 normal, passed &amp;nbsp; %2 normal, flagged (false alarm)&lt;br&gt;%3 anomaly, missed &amp;nbsp; %4 anomaly, caught</source>
        <translation>%1 正常，放行 &amp;nbsp; %2 正常，被标记（误报）&lt;br&gt;%3 异常，漏检 &amp;nbsp; %4 异常，已检出</translation>
    </message>
    <message>
        <source>Watch with %1</source>
        <translation>用 %1 监视</translation>
    </message>
    <message>
        <source>False alarms: &lt;b&gt;%1%&lt;/b&gt; of normal points flagged&lt;br&gt;Misses: &lt;b&gt;%2%&lt;/b&gt; of anomalies not flagged&lt;br&gt;Area under the ROC curve: &lt;b&gt;%3&lt;/b&gt; (calibrated threshold %4)</source>
        <translation>误报：&lt;b&gt;%1%&lt;/b&gt; 的正常点被标记&lt;br&gt;漏检：&lt;b&gt;%2%&lt;/b&gt; 的异常未被标记&lt;br&gt;ROC 曲线下面积：&lt;b&gt;%3&lt;/b&gt;（校准阈值 %4）</translation>
    </message>
</context>
<context>
    <name>ebmui::AttentionPanel</name>
    <message>
        <source>β = 1/T of the softmax over the patterns (log scale): small β averages all patterns, medium β a cluster, large β retrieves one pattern</source>
        <translation>对模式做 softmax 时的 β = 1/T（对数刻度）：β 小时对所有模式取平均，β 适中时对一簇模式取平均，β 大时检索出单个模式</translation>
    </message>
    <message>
        <source>Dot product (attention)</source>
        <translation>点积（注意力）</translation>
    </message>
    <message>
        <source>Euclidean (Gaussian mixture)</source>
        <translation>欧氏距离（高斯混合）</translation>
    </message>
    <message>
        <source>Scores xᵢ·ξ (attention) or −‖ξ − xᵢ‖²/2: then E is a Gaussian mixture&apos;s −log-density over β and a step is mean shift</source>
        <translation>得分为 xᵢ·ξ（注意力）或 −‖ξ − xᵢ‖²/2：后者时 E 是高斯混合的 −log 密度除以 β，一步即一次均值漂移</translation>
    </message>
    <message>
        <source>Normalize patterns</source>
        <translation>归一化模式</translation>
    </message>
    <message>
        <source>Scale every pattern to length 1: with dot products a short pattern beside a long one cannot be retrieved otherwise</source>
        <translation>将每个模式缩放到长度 1：否则在点积下，较短的模式在较长模式旁边无法被检索出来</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>单步</translation>
    </message>
    <message>
        <source>One attention update ξ ← Σᵢ pᵢ xᵢ, which is ξ − ∇E(ξ): E never rises (S)</source>
        <translation>一次注意力更新 ξ ← Σᵢ pᵢ xᵢ，即 ξ − ∇E(ξ)：E 从不上升（S）</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>回到起点</translation>
    </message>
    <message>
        <source>Put the query back where the sliders placed it</source>
        <translation>将查询放回滑块设定的位置</translation>
    </message>
    <message>
        <source>β = %1</source>
        <translation>β = %1</translation>
    </message>
    <message>
        <source>Change β</source>
        <translation>更改 β</translation>
    </message>
    <message>
        <source>Change variant</source>
        <translation>更改变体</translation>
    </message>
    <message>
        <source>Keep pattern lengths</source>
        <translation>保持模式长度</translation>
    </message>
    <message>
        <source>Move pattern %1</source>
        <translation>移动模式 %1</translation>
    </message>
    <message>
        <source>ξ = (%1, %2) after %3 steps&lt;br&gt;E(ξ) = &lt;b&gt;%4&lt;/b&gt;&lt;br&gt;Largest weight: pattern %5 (p = %6%)</source>
        <translation>%3 步后 ξ = (%1, %2)&lt;br&gt;E(ξ) = &lt;b&gt;%4&lt;/b&gt;&lt;br&gt;最大权重：模式 %5（p = %6%）</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>注意力</translation>
    </message>
    <message>
        <source>Attention is one descent step of a modern Hopfield energy: ξ ← X softmax(β Xᵀξ). Drag a pattern&apos;s dot on the landscape to move it</source>
        <translation>注意力是现代霍普菲尔德能量的一步下降：ξ ← X softmax(β Xᵀξ)。在景观上拖动模式的点即可移动它</translation>
    </message>
</context>
<context>
    <name>ebmui::CapacityChart</name>
    <message>
        <source>Capacity: recall against load</source>
        <translation>容量：回忆随负载的变化</translation>
    </message>
    <message>
        <source>load α = P/N</source>
        <translation>负载 α = P/N</translation>
    </message>
    <message>
        <source>mean final overlap</source>
        <translation>平均最终重叠度</translation>
    </message>
    <message>
        <source>measured</source>
        <translation>实测</translation>
    </message>
    <message>
        <source>0.9</source>
        <translation>0.9</translation>
    </message>
    <message>
        <source>theory 0.138</source>
        <translation>理论值 0.138</translation>
    </message>
    <message>
        <source>α_c</source>
        <translation>α_c</translation>
    </message>
    <message>
        <source>Store P = αN random patterns with Hebb&apos;s rule, start at each, let T = 0 dynamics settle: the mean overlap with the pattern started from. Past α ≈ 0.138 the memories interfere and recall breaks down.</source>
        <translation>用赫布规则存储 P = αN 个随机模式，从每个模式出发，让 T = 0 动力学稳定下来：纵轴为与出发模式的平均重叠度。超过 α ≈ 0.138 后，记忆相互干扰，回忆失效。</translation>
    </message>
</context>
<context>
    <name>ebmui::CompositionPanel</name>
    <message>
        <source>One energy</source>
        <translation>单个能量</translation>
    </message>
    <message>
        <source>Draw and sample a single energy</source>
        <translation>绘制并采样单个能量</translation>
    </message>
    <message>
        <source>Sum — AND</source>
        <translation>求和 — AND</translation>
    </message>
    <message>
        <source>E₁ + E₂: a product of experts, likely only where every energy is low</source>
        <translation>E₁ + E₂：专家乘积，仅在所有能量都低处概率高</translation>
    </message>
    <message>
        <source>Blend α</source>
        <translation>插值 α</translation>
    </message>
    <message>
        <source>α·E₁ + (1−α)·E₂: morphs one landscape into the other</source>
        <translation>α·E₁ + (1−α)·E₂：将一个景观渐变为另一个</translation>
    </message>
    <message>
        <source>Mixture — OR</source>
        <translation>混合 — OR</translation>
    </message>
    <message>
        <source>−log(w·e^{−E₁} + (1−w)·e^{−E₂}): likely where either energy is low</source>
        <translation>−log(w·e^{−E₁} + (1−w)·e^{−E₂})：任一能量低处概率都高</translation>
    </message>
    <message>
        <source>Negation — NOT</source>
        <translation>否定 — NOT</translation>
    </message>
    <message>
        <source>E₁ − γ·E₂: likely under the first energy but not under the second</source>
        <translation>E₁ − γ·E₂：在第一个能量下概率高、但在第二个能量下概率不高的区域</translation>
    </message>
    <message>
        <source>How the lesson&apos;s energies combine into the landscape you see</source>
        <translation>本课程的各能量如何组合成你看到的景观</translation>
    </message>
    <message>
        <source>E₁, the first energy of the composition</source>
        <translation>E₁，组合中的第一个能量</translation>
    </message>
    <message>
        <source>E₂, the second energy of the composition</source>
        <translation>E₂，组合中的第二个能量</translation>
    </message>
    <message>
        <source>The energies added together (tick two or more)</source>
        <translation>相加的能量（勾选两个或更多）</translation>
    </message>
    <message>
        <source>E₁</source>
        <translation>E₁</translation>
    </message>
    <message>
        <source>E₂</source>
        <translation>E₂</translation>
    </message>
    <message>
        <source>∫ p_T(x) dx over the points that break a rule, by quadrature: it falls to zero as λ grows</source>
        <translation>违反规则的点上的 ∫ p_T(x) dx，由数值积分求得：随 λ 增大而降为零</translation>
    </message>
    <message>
        <source>log Z_T = log ∫ e^{−E(x)/T} dx, by quadrature on the grid</source>
        <translation>log Z_T = log ∫ e^{−E(x)/T} dx，在网格上数值积分求得</translation>
    </message>
    <message>
        <source>The free energy F_T = −T·log Z_T</source>
        <translation>自由能 F_T = −T·log Z_T</translation>
    </message>
    <message>
        <source>x₁</source>
        <translation>x₁</translation>
    </message>
    <message>
        <source>x₂</source>
        <translation>x₂</translation>
    </message>
    <message>
        <source>x₃</source>
        <translation>x₃</translation>
    </message>
    <message>
        <source>The axis the slicing plane is perpendicular to</source>
        <translation>切片平面所垂直的坐标轴</translation>
    </message>
    <message>
        <source>Where the plane cuts the box; it shows the energy on the cut</source>
        <translation>平面截取区域的位置；显示截面上的能量</translation>
    </message>
    <message>
        <source>Slice across</source>
        <translation>切片垂直于</translation>
    </message>
    <message>
        <source>Slice at</source>
        <translation>切片位置</translation>
    </message>
    <message>
        <source>Move the slice</source>
        <translation>移动切片</translation>
    </message>
    <message>
        <source>Add a second energy in the Energy panel to compose energies</source>
        <translation>在能量面板中添加第二个能量以组合能量</translation>
    </message>
    <message>
        <source>Change composition</source>
        <translation>更改组合</translation>
    </message>
    <message>
        <source>Probability of breaking the rule: %1 %</source>
        <translation>违反规则的概率：%1 %</translation>
    </message>
    <message>
        <source>log Z_T: —</source>
        <translation>log Z_T: —</translation>
    </message>
    <message>
        <source>F_T: —</source>
        <translation>F_T: —</translation>
    </message>
    <message>
        <source>log Z&lt;sub&gt;T&lt;/sub&gt; = %1</source>
        <translation>log Z&lt;sub&gt;T&lt;/sub&gt; = %1</translation>
    </message>
    <message>
        <source>F&lt;sub&gt;T&lt;/sub&gt; = −T log Z&lt;sub&gt;T&lt;/sub&gt; = %1</source>
        <translation>F&lt;sub&gt;T&lt;/sub&gt; = −T log Z&lt;sub&gt;T&lt;/sub&gt; = %1</translation>
    </message>
    <message>
        <source>Note: the density does not fall off towards the box&apos;s edge, so log Z depends on the box. Networks far from their data, untrained networks and high temperatures do this.</source>
        <translation>注意：密度在区域边缘附近没有衰减，因此 log Z 取决于区域。远离数据的网络、未训练的网络和高温都会出现这种情况。</translation>
    </message>
    <message>
        <source>The box misses about %1% of the probability: log Z is too low. Enlarge the box or lower T.</source>
        <translation>区域遗漏了约 %1% 的概率：log Z 偏低。请扩大区域或降低 T。</translation>
    </message>
</context>
<context>
    <name>ebmui::ContrastivePanel</name>
    <message>
        <source>&lt;b&gt;InfoNCE&lt;/b&gt; is a cross-entropy: for each view, a softmax over the batch&apos;s N views of the other side, p(j | i) ∝ exp(−E(x&lt;sub&gt;i&lt;/sub&gt;, y&lt;sub&gt;j&lt;/sub&gt;)), must pick its own partner. The other N − 1 views are its negatives — no sampler needed.</source>
        <translation>&lt;b&gt;InfoNCE&lt;/b&gt; 是一种交叉熵：对每个视图，在批次中另一侧的 N 个视图上做 softmax，p(j | i) ∝ exp(−E(x&lt;sub&gt;i&lt;/sub&gt;, y&lt;sub&gt;j&lt;/sub&gt;))，它必须选出自己的配对。其余 N − 1 个视图就是它的负样本——无需采样器。</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Start or resume training the encoder (T); after a finished run, start again</source>
        <translation>开始或继续训练编码器（T）；一次运行结束后则重新开始</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Pause training; Train resumes it</source>
        <translation>暂停训练；点击“训练”可继续</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>End the run and keep the encoder learned so far</source>
        <translation>结束运行并保留目前学到的编码器</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>Forget the encoder and start from fresh random weights</source>
        <translation>丢弃编码器，从新的随机权重重新开始</translation>
    </message>
    <message>
        <source>%v / %m steps</source>
        <translation>%v / %m 步</translation>
    </message>
    <message>
        <source>InfoNCE temperature τ</source>
        <translation>InfoNCE 温度 τ</translation>
    </message>
    <message>
        <source>E(x, y) = −g(x)·g(y)/τ: a small τ punishes the nearest negatives hardest and spreads the embedding; a large τ blurs the choice</source>
        <translation>E(x, y) = −g(x)·g(y)/τ：τ 小时对最近的负样本惩罚最重，并使嵌入分散开；τ 大时选择变得模糊</translation>
    </message>
    <message>
        <source>The 2D data the encoder learns to embed</source>
        <translation>编码器学习嵌入的二维数据</translation>
    </message>
    <message>
        <source>Circle (g has 2 outputs)</source>
        <translation>圆（g 有 2 个输出）</translation>
    </message>
    <message>
        <source>Sphere (g has 3 outputs)</source>
        <translation>球面（g 有 3 个输出）</translation>
    </message>
    <message>
        <source>Where g(x) = h/‖h‖ lives: the unit circle or the unit sphere</source>
        <translation>g(x) = h/‖h‖ 所在的空间：单位圆或单位球面</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Embedding</source>
        <translation>嵌入</translation>
    </message>
    <message>
        <source>InfoNCE loss (batch)</source>
        <translation>InfoNCE 损失（批次）</translation>
    </message>
    <message>
        <source>The cross-entropy of picking the partner; log N (dashed) is what an encoder that cannot tell views apart scores</source>
        <translation>选出配对的交叉熵；log N（虚线）是无法区分视图的编码器所得的值</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>log N</source>
        <translation>log N</translation>
    </message>
    <message>
        <source>Alignment E‖g(x) − g(x&apos;)‖²</source>
        <translation>对齐度 E‖g(x) − g(x&apos;)‖²</translation>
    </message>
    <message>
        <source>How far apart the two views of a pair land (Wang &amp; Isola 2020): 0 when every pair lands on one point</source>
        <translation>一对样本的两个视图落点相距多远（Wang &amp; Isola 2020）：每一对都落在同一点时为 0</translation>
    </message>
    <message>
        <source>alignment</source>
        <translation>对齐度</translation>
    </message>
    <message>
        <source>Uniformity log E exp(−2‖g(x) − g(y)‖²)</source>
        <translation>均匀度 log E exp(−2‖g(x) − g(y)‖²)</translation>
    </message>
    <message>
        <source>How evenly all points spread (Wang &amp; Isola 2020); dashed: the uniform distribution on the circle or sphere, the lowest reachable</source>
        <translation>所有点分布得有多均匀（Wang &amp; Isola 2020）；虚线：圆周或球面上的均匀分布，即可达到的最低值</translation>
    </message>
    <message>
        <source>uniformity</source>
        <translation>均匀度</translation>
    </message>
    <message>
        <source>uniform</source>
        <translation>均匀</translation>
    </message>
    <message>
        <source>Change the contrastive data</source>
        <translation>更改对比学习数据</translation>
    </message>
    <message>
        <source>Change the embedding</source>
        <translation>更改嵌入</translation>
    </message>
    <message>
        <source>Move the anchor</source>
        <translation>移动锚点</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Contrastive</source>
        <translation>对比学习</translation>
    </message>
    <message>
        <source>InfoNCE trains E(x, y) = −g(x)·g(y)/τ on pairs: each view must pick its partner in the batch</source>
        <translation>InfoNCE 在样本对上训练 E(x, y) = −g(x)·g(y)/τ：每个视图都必须在批次中找出自己的配对</translation>
    </message>
</context>
<context>
    <name>ebmui::ControlPanels</name>
    <message>
        <source>Landscape</source>
        <translation>景观</translation>
    </message>
    <message>
        <source>Compose energies, set the temperature, read log Z and the free energy</source>
        <translation>组合能量，设置温度，读取 log Z 和自由能</translation>
    </message>
    <message>
        <source>Sampler</source>
        <translation>采样器</translation>
    </message>
    <message>
        <source>The particles: sampler, step size, how many, and their energy histogram</source>
        <translation>粒子：采样器、步长、数量，以及它们的能量直方图</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Train a neural energy on the data, with live charts</source>
        <translation>在数据上训练神经网络能量，附实时图表</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>The data set the energy learns</source>
        <translation>能量要学习的数据集</translation>
    </message>
    <message>
        <source>Energies</source>
        <translation>能量</translation>
    </message>
    <message>
        <source>The lesson&apos;s energies: analytic ones, networks, model files</source>
        <translation>本课程的能量：解析能量、网络和模型文件</translation>
    </message>
    <message>
        <source>Anomalies</source>
        <translation>异常检测</translation>
    </message>
    <message>
        <source>Energy as surprise: a threshold on the energy flags anomalies</source>
        <translation>能量即意外程度：对能量设定阈值来标记异常</translation>
    </message>
    <message>
        <source>Out-of-distribution</source>
        <translation>分布外检测</translation>
    </message>
    <message>
        <source>Does a classifier know what it has never seen? Its energy against its max-softmax score, and energy fine-tuning</source>
        <translation>分类器知道它从未见过的东西吗？比较它的能量与最大 softmax 得分，以及能量微调</translation>
    </message>
    <message>
        <source>Animation</source>
        <translation>动画</translation>
    </message>
    <message>
        <source>Keyframes for sliders and the camera, a preview, and video export</source>
        <translation>滑块和相机的关键帧、预览以及视频导出</translation>
    </message>
</context>
<context>
    <name>ebmui::DataPanel</name>
    <message>
        <source>The points the energy should learn: low energy where they are</source>
        <translation>能量应学习的点：它们所在之处能量低</translation>
    </message>
    <message>
        <source>How many points to draw (a fifth is held out to measure the likelihood)</source>
        <translation>要抽取多少个点（五分之一留作留出集，用于衡量似然）</translation>
    </message>
    <message>
        <source>recipe&apos;s noise</source>
        <translation>文献配方噪声</translation>
    </message>
    <message>
        <source>Use the noise of the literature&apos;s recipe for this data set</source>
        <translation>使用文献中该数据集配方所用的噪声</translation>
    </message>
    <message>
        <source>Standard deviation of the Gaussian noise added to each point</source>
        <translation>加到每个点上的高斯噪声的标准差</translation>
    </message>
    <message>
        <source>The random seed: the same seed draws the same points</source>
        <translation>随机种子：相同的种子抽取相同的点</translation>
    </message>
    <message>
        <source>Draw again</source>
        <translation>重新抽取</translation>
    </message>
    <message>
        <source>Draw a new sample of the same data set (the next seed)</source>
        <translation>抽取同一数据集的新样本（下一个种子）</translation>
    </message>
    <message>
        <source>Import points…</source>
        <translation>导入点…</translation>
    </message>
    <message>
        <source>Load your own data from a CSV or TSV file: choose its x, y (and z) columns and a label column; rows with missing values are skipped</source>
        <translation>从 CSV 或 TSV 文件载入自己的数据：选择其 x、y（和 z）列以及一个标签列；含缺失值的行将被跳过</translation>
    </message>
    <message>
        <source>Data set</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>点数</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>噪声</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <source>(no data)</source>
        <translation>（无数据）</translation>
    </message>
    <message>
        <source>Drawn points</source>
        <translation>手绘的点</translation>
    </message>
    <message>
        <source>Imported points</source>
        <translation>导入的点</translation>
    </message>
    <message>
        <source>No data: the landscape is an analytic energy. Choose a data set to train on, or draw your own on the map.</source>
        <translation>无数据：景观是一个解析能量。请选择一个数据集进行训练，或在平面图上自己绘制。</translation>
    </message>
    <message>
        <source>No data: the landscape is an analytic energy. Choose a data set to train on.</source>
        <translation>无数据：景观是一个解析能量。请选择一个数据集进行训练。</translation>
    </message>
    <message>
        <source>%1&lt;br&gt;%2 points: %3 for training, %4 held out.%5</source>
        <translation>%1&lt;br&gt;%2 个点：%3 个用于训练，%4 个为留出集。%5</translation>
    </message>
    <message>
        <source>&lt;br&gt;Its true density is known exactly.</source>
        <translation>&lt;br&gt;其真实密度是精确已知的。</translation>
    </message>
    <message>
        <source>Change data</source>
        <translation>更改数据</translation>
    </message>
</context>
<context>
    <name>ebmui::EnergyPanel</name>
    <message>
        <source>The lesson&apos;s energies; the Landscape panel composes them. Double-click to rename.</source>
        <translation>本课程的能量；景观面板将它们组合起来。双击可重命名。</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Add an analytic landscape or a fresh neural network</source>
        <translation>添加一个解析景观或一个全新的神经网络</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove the selected energy (a lesson keeps at least one)</source>
        <translation>移除所选能量（课程至少保留一个）</translation>
    </message>
    <message>
        <source>Save model…</source>
        <translation>保存模型…</translation>
    </message>
    <message>
        <source>Save the selected network with its weights as a model file</source>
        <translation>将所选网络连同其权重保存为模型文件</translation>
    </message>
    <message>
        <source>Load model…</source>
        <translation>载入模型…</translation>
    </message>
    <message>
        <source>Add a trained network from a model file</source>
        <translation>从模型文件添加一个已训练的网络</translation>
    </message>
    <message>
        <source>Neural network (untrained)</source>
        <translation>神经网络（未训练）</translation>
    </message>
    <message>
        <source>A Gaussian–Bernoulli restricted Boltzmann machine with trained weights: its free energy is the landscape. Train it further in the Training panel (method: restricted Boltzmann machine).</source>
        <translation>一个带有已训练权重的高斯–伯努利受限玻尔兹曼机：其自由能就是景观。可在训练面板中继续训练（方法：受限玻尔兹曼机）。</translation>
    </message>
    <message>
        <source>An untrained restricted Boltzmann machine: train it on the data in the Training panel.</source>
        <translation>一个未训练的受限玻尔兹曼机：请在训练面板中用数据训练它。</translation>
    </message>
    <message>
        <source>A neural network with trained weights: its output is the energy. Train it further in the Training panel.</source>
        <translation>一个带有已训练权重的神经网络：其输出就是能量。可在训练面板中继续训练。</translation>
    </message>
    <message>
        <source>An untrained neural network: train it on the data in the Training panel.</source>
        <translation>一个未训练的神经网络：请在训练面板中用数据训练它。</translation>
    </message>
    <message>
        <source>Not applied: %1</source>
        <translation>未应用：%1</translation>
    </message>
    <message>
        <source>Edit energy parameters</source>
        <translation>编辑能量参数</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>添加 %1</translation>
    </message>
    <message>
        <source>%1 is drawn on its usual domain: the box is now [%2, %3] × [%4, %5]. Edit ▸ Undo puts the old box and landscape back.</source>
        <translation>%1 绘制在其常用定义域上：区域现为 [%2, %3] × [%4, %5]。编辑 ▸ 撤销 可恢复原来的区域和景观。</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Add a neural network</source>
        <translation>添加神经网络</translation>
    </message>
    <message>
        <source>Remove energy</source>
        <translation>移除能量</translation>
    </message>
    <message>
        <source>Rename energy</source>
        <translation>重命名能量</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
</context>
<context>
    <name>ebmui::ExportDialog</name>
    <message>
        <source>Export Animation</source>
        <translation>导出动画</translation>
    </message>
    <message>
        <source>MP4 video (H.264)</source>
        <translation>MP4 视频（H.264）</translation>
    </message>
    <message>
        <source>Animated GIF</source>
        <translation>GIF 动画</translation>
    </message>
    <message>
        <source>PNG frames (a folder)</source>
        <translation>PNG 帧（一个文件夹）</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source> frames/s</source>
        <translation> 帧/秒</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation>分辨率：</translation>
    </message>
    <message>
        <source>Frame rate:</source>
        <translation>帧率：</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>时长：</translation>
    </message>
    <message>
        <source>Save to:</source>
        <translation>保存到：</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>%1 frames</source>
        <translation>%1 帧</translation>
    </message>
    <message>
        <source>Folder for the PNG frames</source>
        <translation>PNG 帧的文件夹</translation>
    </message>
    <message>
        <source>MP4 video (*.mp4)</source>
        <translation>MP4 视频 (*.mp4)</translation>
    </message>
    <message>
        <source>Animated GIF (*.gif)</source>
        <translation>GIF 动画 (*.gif)</translation>
    </message>
    <message>
        <source>The folder %1 does not exist; choose an existing folder.</source>
        <translation>文件夹 %1 不存在；请选择一个已存在的文件夹。</translation>
    </message>
</context>
<context>
    <name>ebmui::ExportProcess</name>
    <message>
        <source>The export could not start (%1): %2</source>
        <translation>导出无法启动（%1）：%2</translation>
    </message>
    <message>
        <source>The export stopped unexpectedly (its renderer crashed); nothing was written. %1</source>
        <translation>导出意外中止（其渲染器崩溃）；未写入任何内容。%1</translation>
    </message>
    <message>
        <source>The export failed (exit code %1); nothing was written.</source>
        <translation>导出失败（退出码 %1）；未写入任何内容。</translation>
    </message>
</context>
<context>
    <name>ebmui::HistogramChart</name>
    <message>
        <source>Particle energies</source>
        <translation>粒子能量</translation>
    </message>
    <message>
        <source>particles</source>
        <translation>粒子</translation>
    </message>
    <message>
        <source>Boltzmann p_T</source>
        <translation>玻尔兹曼 p_T</translation>
    </message>
    <message>
        <source>energy E</source>
        <translation>能量 E</translation>
    </message>
    <message>
        <source>share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Orange: where the particles&apos; energies are. Dashed: where p_T says they should be. They agree once the sampler has mixed.</source>
        <translation>橙色：粒子能量实际所在的位置。虚线：p_T 认为它们应在的位置。采样器混合之后，两者一致。</translation>
    </message>
</context>
<context>
    <name>ebmui::HopfieldPanel</name>
    <message>
        <source>Paint the cue: left button ink, right button paper. Then Recall (C).</source>
        <translation>绘制提示：左键涂墨色，右键涂纸色。然后点击回忆（C）。</translation>
    </message>
    <message>
        <source>+ </source>
        <translation>+ </translation>
    </message>
    <message>
        <source> random patterns</source>
        <translation> 个随机模式</translation>
    </message>
    <message>
        <source>Store random pictures too: past about 0.138 × 256 ≈ 35 patterns in all, Hebb&apos;s valleys run into each other and recall fails</source>
        <translation>同时存储随机图片：总数超过约 0.138 × 256 ≈ 35 个模式后，赫布规则形成的能谷会相互交融，回忆失败</translation>
    </message>
    <message>
        <source>Hebbian: wᵢⱼ = (1/N) Σ ξᵢξⱼ</source>
        <translation>赫布规则：wᵢⱼ = (1/N) Σ ξᵢξⱼ</translation>
    </message>
    <message>
        <source>Each memory adds its own valley; correlated memories (letters) disturb each other</source>
        <translation>每个记忆都添加自己的能谷；相关的记忆（字母）会相互干扰</translation>
    </message>
    <message>
        <source>Pseudo-inverse (projection)</source>
        <translation>伪逆（投影）</translation>
    </message>
    <message>
        <source>W projects onto the memories: each one a fixed point even when they are correlated, up to about N/2 memories</source>
        <translation>W 投影到记忆上：即使记忆之间相关，每个记忆仍是不动点，最多约 N/2 个记忆</translation>
    </message>
    <message>
        <source>How the couplings are made from the memories</source>
        <translation>耦合如何由记忆构造</translation>
    </message>
    <message>
        <source>The memory the cue is made from</source>
        <translation>提示所基于的记忆</translation>
    </message>
    <message>
        <source>New cue</source>
        <translation>新提示</translation>
    </message>
    <message>
        <source>Flip a fresh random set of the memory&apos;s pixels and recall from there (N)</source>
        <translation>对该记忆随机翻转一组新的像素，并从那里开始回忆（N）</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>回忆</translation>
    </message>
    <message>
        <source>Let the network descend from the picture it shows, one unit at a time (C)</source>
        <translation>让网络从它显示的图片开始下降，每次更新一个单元（C）</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>单步</translation>
    </message>
    <message>
        <source>One frame&apos;s updates, also while paused (S)</source>
        <translation>执行一帧的更新，暂停时也可用（S）</translation>
    </message>
    <message>
        <source>Run or pause the recall (Space)</source>
        <translation>运行或暂停回忆（Space）</translation>
    </message>
    <message>
        <source>The memory whose overlap m%1 runs along this axis of the landscape</source>
        <translation>其重叠度 m%1 沿景观这一坐标轴变化的记忆</translation>
    </message>
    <message>
        <source>Energy of the recall</source>
        <translation>回忆过程中的能量</translation>
    </message>
    <message>
        <source>updates</source>
        <translation>更新次数</translation>
    </message>
    <message>
        <source>E(s)</source>
        <translation>E(s)</translation>
    </message>
    <message>
        <source>At T = 0 each update lowers E or leaves it: the curve never rises</source>
        <translation>在 T = 0 时，每次更新都会降低 E 或使其保持不变：曲线从不上升</translation>
    </message>
    <message>
        <source>Overlaps with the memories</source>
        <translation>与各记忆的重叠度</translation>
    </message>
    <message>
        <source>m</source>
        <translation>m</translation>
    </message>
    <message>
        <source>m_μ = (1/N) Σᵢ ξᵢ^μ sᵢ: 1 when the state is memory μ, −1 at its negative</source>
        <translation>m_μ = (1/N) Σᵢ ξᵢ^μ sᵢ：状态为记忆 μ 时为 1，为其反相时为 −1</translation>
    </message>
    <message>
        <source> neurons</source>
        <translation> 个神经元</translation>
    </message>
    <message>
        <source>The size N of the random networks measured (not the lesson&apos;s 16×16)</source>
        <translation>所测随机网络的规模 N（不是本课程的 16×16）</translation>
    </message>
    <message>
        <source>Measure capacity</source>
        <translation>测量容量</translation>
    </message>
    <message>
        <source>For α from 0.02 to 0.25: store αN random patterns, start at each, settle at T = 0, and plot the mean overlap kept</source>
        <translation>对 α 从 0.02 到 0.25：存储 αN 个随机模式，从每个模式出发，在 T = 0 下收敛，并绘制保持的平均重叠度</translation>
    </message>
    <message>
        <source>Not measured yet.</source>
        <translation>尚未测量。</translation>
    </message>
    <message>
        <source>Landscape m₁:</source>
        <translation>景观 m₁：</translation>
    </message>
    <message>
        <source>m₂:</source>
        <translation>m₂：</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <source>&lt;b&gt;Memories&lt;/b&gt; (stored as valleys)</source>
        <translation>&lt;b&gt;记忆&lt;/b&gt;（以能谷形式存储）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cue&lt;/b&gt; from</source>
        <translation>&lt;b&gt;提示&lt;/b&gt;来自</translation>
    </message>
    <message>
        <source>Store random patterns</source>
        <translation>存储随机模式</translation>
    </message>
    <message>
        <source>Change the storage rule</source>
        <translation>更改存储规则</translation>
    </message>
    <message>
        <source>Choose the cue</source>
        <translation>选择提示</translation>
    </message>
    <message>
        <source>Choose the landscape&apos;s memories</source>
        <translation>选择景观的记忆</translation>
    </message>
    <message>
        <source>Measuring %1 neurons…</source>
        <translation>正在测量 %1 个神经元…</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Store this picture as a memory</source>
        <translation>将此图片存储为记忆</translation>
    </message>
    <message>
        <source>Choose the memories</source>
        <translation>选择记忆</translation>
    </message>
    <message>
        <source>E = &lt;b&gt;%1&lt;/b&gt; after %2 updates (%3 sweeps)%4&lt;br&gt;%5 memories in %6 units: load α = P/N = %7%8</source>
        <translation>E = &lt;b&gt;%1&lt;/b&gt;，经过 %2 次更新（%3 轮扫描）%4&lt;br&gt;%6 个单元中存有 %5 个记忆：负载 α = P/N = %7%8</translation>
    </message>
    <message>
        <source> — a fixed point</source>
        <translation> — 不动点</translation>
    </message>
    <message>
        <source> — beyond Hebb&apos;s capacity 0.138</source>
        <translation> — 超出赫布规则的容量 0.138</translation>
    </message>
    <message>
        <source>E</source>
        <translation>E</translation>
    </message>
    <message>
        <source>N = %1: recall drops below 0.9 at α_c = %2 (theory for N → ∞: 0.138)</source>
        <translation>N = %1：回忆在 α_c = %2 处降到 0.9 以下（N → ∞ 时的理论值：0.138）</translation>
    </message>
    <message>
        <source>N = %1: recall stayed above 0.9 at every load</source>
        <translation>N = %1：在所有负载下回忆均保持在 0.9 以上</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>记忆</translation>
    </message>
    <message>
        <source>A Hopfield network: memories are valleys of E(s) = −½ Σ wᵢⱼ sᵢ sⱼ, recall is descent</source>
        <translation>霍普菲尔德网络：记忆是 E(s) = −½ Σ wᵢⱼ sᵢ sⱼ 的能谷，回忆就是下降</translation>
    </message>
</context>
<context>
    <name>ebmui::ImportDialog</name>
    <message>
        <source>Import Points — %1</source>
        <translation>导入点 — %1</translation>
    </message>
    <message>
        <source>Lines before the header or the first row that are not part of the table (scikit-learn&apos;s CSVs start with a summary line such as &quot;150,4,setosa,versicolor,virginica&quot;: skip 1)</source>
        <translation>表头或首行之前不属于表格的行（scikit-learn 的 CSV 以一行摘要开头，例如“150,4,setosa,versicolor,virginica”：跳过 1 行）</translation>
    </message>
    <message>
        <source>The first rows of the file, as the reader splits them; the chosen columns are coloured</source>
        <translation>文件的前几行，按读取器的拆分方式显示；所选列会着色</translation>
    </message>
    <message>
        <source>The column drawn along the horizontal axis</source>
        <translation>沿水平轴绘制的列</translation>
    </message>
    <message>
        <source>The column drawn along the vertical axis</source>
        <translation>沿垂直轴绘制的列</translation>
    </message>
    <message>
        <source>The column of the third coordinate (3D lessons)</source>
        <translation>第三个坐标所在的列（3D 课程）</translation>
    </message>
    <message>
        <source>An optional column of classes (any text): points are coloured by it</source>
        <translation>可选的类别列（任意文本）：点按其着色</translation>
    </message>
    <message>
        <source>Skip the first lines</source>
        <translation>跳过前几行</translation>
    </message>
    <message>
        <source>Label column</source>
        <translation>标签列</translation>
    </message>
    <message>
        <source>%1 column</source>
        <translation>%1 列</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>a header on line %1</source>
        <translation>表头在第 %1 行</translation>
    </message>
    <message>
        <source>no header line</source>
        <translation>无表头行</translation>
    </message>
    <message>
        <source>No rows to show after the skipped lines.</source>
        <translation>跳过的行之后没有可显示的行。</translation>
    </message>
    <message>
        <source>%1 columns separated by %2, %3. Rows with an empty field, NA, NaN, ? or null in a chosen column are skipped and counted.</source>
        <translation>%1 列，以 %2 分隔，%3。所选列中含空字段、NA、NaN、? 或 null 的行将被跳过并计数。</translation>
    </message>
    <message>
        <source>Choose a column of numbers for %1.</source>
        <translation>请为 %1 选择一个数值列。</translation>
    </message>
    <message>
        <source>%1 and %2 are the same column: choose different ones.</source>
        <translation>%1 和 %2 是同一列：请选择不同的列。</translation>
    </message>
    <message>
        <source>Nothing to import.</source>
        <translation>没有可导入的内容。</translation>
    </message>
</context>
<context>
    <name>ebmui::LessonFiles</name>
    <message>
        <source>&amp;Open Lesson…</source>
        <translation>打开课程(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Built-in Lessons</source>
        <translation>内置课程(&amp;B)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>（暂无）</translation>
    </message>
    <message>
        <source>Open Lesson</source>
        <translation>打开课程</translation>
    </message>
    <message>
        <source>Lessons (*.json)</source>
        <translation>课程 (*.json)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Save Lesson</source>
        <translation>保存课程</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>The lesson has unsaved changes. Save them first?</source>
        <translation>课程有未保存的更改。先保存吗？</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>自动保存失败：%1</translation>
    </message>
    <message>
        <source>Restore lesson?</source>
        <translation>恢复课程？</translation>
    </message>
    <message>
        <source>ebmscape did not close properly last time. Restore “%1” as it was at %2?</source>
        <translation>ebmscape 上次未正常关闭。要将“%1”恢复为 %2 时的状态吗？</translation>
    </message>
    <message>
        <source>Restored the lesson autosaved at %1.</source>
        <translation>已恢复于 %1 自动保存的课程。</translation>
    </message>
</context>
<context>
    <name>ebmui::MainWindow</name>
    <message>
        <source>Lesson</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>控制</translation>
    </message>
    <message>
        <source>%1 fps</source>
        <translation>%1 fps</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Pause Training</source>
        <translation>暂停训练</translation>
    </message>
    <message>
        <source>T = %1</source>
        <translation>T = %1</translation>
    </message>
    <message>
        <source>   α = %1</source>
        <translation>   α = %1</translation>
    </message>
    <message>
        <source>   %1 particles</source>
        <translation>   %1 个粒子</translation>
    </message>
    <message>
        <source>   log Z = %1</source>
        <translation>   log Z = %1</translation>
    </message>
    <message>
        <source>Play Particles</source>
        <translation>播放粒子</translation>
    </message>
    <message>
        <source>Start or stop the particles (Space)</source>
        <translation>启动或停止粒子（Space）</translation>
    </message>
    <message>
        <source>Start, pause or resume training (T)</source>
        <translation>开始、暂停或继续训练（T）</translation>
    </message>
    <message>
        <source>&amp;Step</source>
        <translation>单步(&amp;S)</translation>
    </message>
    <message>
        <source>One frame&apos;s steps, also while paused (S)</source>
        <translation>执行一帧的步数，暂停时也可用（S）</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Save Screens&amp;hot…</source>
        <translation>保存截图(&amp;H)…</translation>
    </message>
    <message>
        <source>Export &amp;Animation…</source>
        <translation>导出动画(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Camera</source>
        <translation>相机(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Reset Camera</source>
        <translation>重置相机(&amp;R)</translation>
    </message>
    <message>
        <source>From &amp;Top</source>
        <translation>俯视(&amp;T)</translation>
    </message>
    <message>
        <source>From &amp;Front</source>
        <translation>正视(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Isometric</source>
        <translation>等轴测(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Next Panel</source>
        <translation>下一个面板(&amp;N)</translation>
    </message>
    <message>
        <source>Pre&amp;vious Panel</source>
        <translation>上一个面板(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <source>Reset &amp;Particles</source>
        <translation>重置粒子(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Pause Particles</source>
        <translation>暂停粒子</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Start or stop the experiment (Space)</source>
        <translation>启动或停止实验（Space）</translation>
    </message>
    <message>
        <source>Save Screenshot</source>
        <translation>保存截图</translation>
    </message>
    <message>
        <source>PNG (*.png)</source>
        <translation>PNG (*.png)</translation>
    </message>
    <message>
        <source>Cannot write the screenshot to %1.</source>
        <translation>无法将截图写入 %1。</translation>
    </message>
    <message>
        <source>Train “%1”</source>
        <translation>训练“%1”</translation>
    </message>
    <message>
        <source>the network</source>
        <translation>该网络</translation>
    </message>
    <message>
        <source>Training needs data, and this lesson has none: its energies were made before the lesson. To train “%1” again, choose a data set in the Data panel, then press Train (the Training panel picks the energy that learns).</source>
        <translation>训练需要数据，而本课程没有数据：它的能量是在课程之前制作的。要再次训练“%1”，请在数据面板中选择一个数据集，然后按训练（由训练面板选择进行学习的能量）。</translation>
    </message>
    <message>
        <source>Show the Data panel</source>
        <translation>显示数据面板</translation>
    </message>
    <message>
        <source>Reset training?</source>
        <translation>重置训练？</translation>
    </message>
    <message>
        <source>Forget what “%1” has learned and start again from a fresh, untrained network?</source>
        <translation>忘掉“%1”已学到的内容，从一个全新的未训练网络重新开始吗？</translation>
    </message>
    <message>
        <source>Edit ▸ Undo (Ctrl+Z) brings the learned weights back.</source>
        <translation>编辑 ▸ 撤销（Ctrl+Z）可恢复已学到的权重。</translation>
    </message>
    <message>
        <source>Reset training</source>
        <translation>重置训练</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>The language of the desktop (LANGUAGE, LANG)</source>
        <translation>桌面系统的语言（LANGUAGE、LANG）</translation>
    </message>
</context>
<context>
    <name>ebmui::MessageBar</name>
    <message>
        <source>Dismiss this message</source>
        <translation>关闭此消息</translation>
    </message>
</context>
<context>
    <name>ebmui::ModelFiles</name>
    <message>
        <source>Load Model</source>
        <translation>载入模型</translation>
    </message>
    <message>
        <source>Models (*.json)</source>
        <translation>模型 (*.json)</translation>
    </message>
    <message>
        <source>Load model</source>
        <translation>载入模型</translation>
    </message>
    <message>
        <source>Save Model</source>
        <translation>保存模型</translation>
    </message>
    <message>
        <source>Saved the model to %1</source>
        <translation>已将模型保存到 %1</translation>
    </message>
</context>
<context>
    <name>ebmui::OodPanel</name>
    <message>
        <source>AUROC: the chance an outlier scores higher than a data point (1 = perfect, 0.5 = chance). FPR95: the share of outliers that pass when 95% of the data pass (0 = perfect)</source>
        <translation>AUROC：离群点得分高于数据点的概率（1 = 完美，0.5 = 随机水平）。FPR95：当 95% 的数据通过时，离群点通过的比例（0 = 完美）</translation>
    </message>
    <message>
        <source>Map shows the max-softmax confidence</source>
        <translation>平面图显示最大 softmax 置信度</translation>
    </message>
    <message>
        <source>The map draws max_y p(y|x) beside the energy landscape; the points and the threshold line follow the max-softmax score</source>
        <translation>平面图在能量景观旁绘制 max_y p(y|x)；点和阈值线依据最大 softmax 得分</translation>
    </message>
    <message>
        <source>%1 outlier flagged &amp;nbsp; %2 outlier passed as data&lt;br&gt;%3 threshold keeping 95% of the data &amp;nbsp; &lt;span style=&apos;color:#eeeeee; background-color:#3a3f4a&apos;&gt;━&lt;/span&gt; decision boundaries</source>
        <translation>%1 被标记的离群点 &amp;nbsp; %2 被当作数据放行的离群点&lt;br&gt;%3 保留 95% 数据的阈值 &amp;nbsp; &lt;span style=&apos;color:#eeeeee; background-color:#3a3f4a&apos;&gt;━&lt;/span&gt; 决策边界</translation>
    </message>
    <message>
        <source>Flag a point as an outlier when its score is above a threshold: every threshold is a point; the dots are the thresholds that keep 95% of the held-out data</source>
        <translation>当一个点的得分高于阈值时将其标记为离群点：每个阈值对应一个点；圆点是保留 95% 留出数据的阈值</translation>
    </message>
    <message>
        <source>Energy fine-tuning (Liu et al. 2020)</source>
        <translation>能量微调（Liu et al. 2020）</translation>
    </message>
    <message>
        <source>Cross-entropy + λ·[ReLU(E(x) − m_in)² + ReLU(m_out − E(outlier))²], with outliers uniform around the data; it continues from the trained classifier.</source>
        <translation>交叉熵 + λ·[ReLU(E(x) − m_in)² + ReLU(m_out − E(outlier))²]，离群点在数据周围均匀分布；从已训练的分类器继续训练。</translation>
    </message>
    <message>
        <source>Fine-tune</source>
        <translation>微调</translation>
    </message>
    <message>
        <source>Train on with the energy terms (λ = 0.1 if it is 0) and watch the energy rise away from the data (F)</source>
        <translation>加入能量项继续训练（若 λ 为 0 则取 0.1），观察能量在远离数据处升高（F）</translation>
    </message>
    <message>
        <source>Show the max-softmax confidence</source>
        <translation>显示最大 softmax 置信度</translation>
    </message>
    <message>
        <source>Show the energy on the map</source>
        <translation>在平面图上显示能量</translation>
    </message>
    <message>
        <source>max p(y|x) ≥ %1 passes as data</source>
        <translation>max p(y|x) ≥ %1 视为数据通过</translation>
    </message>
    <message>
        <source>E(x) ≤ %1 passes as data</source>
        <translation>E(x) ≤ %1 视为数据通过</translation>
    </message>
    <message>
        <source>Held-out accuracy &lt;b&gt;%1&lt;/b&gt; &amp;nbsp; (%2 outliers on a ring around the data, %3 far away)&lt;table cellspacing=6&gt;&lt;tr&gt;&lt;th align=left&gt;score&lt;/th&gt;&lt;th&gt;AUROC&lt;/th&gt;&lt;th&gt;FPR95&lt;/th&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;energy E(x)&lt;/td&gt;&lt;td align=right&gt;&lt;b&gt;%4&lt;/b&gt;&lt;/td&gt;&lt;td align=right&gt;&lt;b&gt;%5&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;max-softmax&lt;/td&gt;&lt;td align=right&gt;&lt;b&gt;%6&lt;/b&gt;&lt;/td&gt;&lt;td align=right&gt;&lt;b&gt;%7&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;Threshold on the map: %8</source>
        <translation>留出集准确率 &lt;b&gt;%1&lt;/b&gt; &amp;nbsp; （%2 个离群点位于数据周围的环上，%3 个在远处）&lt;table cellspacing=6&gt;&lt;tr&gt;&lt;th align=left&gt;得分&lt;/th&gt;&lt;th&gt;AUROC&lt;/th&gt;&lt;th&gt;FPR95&lt;/th&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;能量 E(x)&lt;/td&gt;&lt;td align=right&gt;&lt;b&gt;%4&lt;/b&gt;&lt;/td&gt;&lt;td align=right&gt;&lt;b&gt;%5&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;最大 softmax&lt;/td&gt;&lt;td align=right&gt;&lt;b&gt;%6&lt;/b&gt;&lt;/td&gt;&lt;td align=right&gt;&lt;b&gt;%7&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;平面图上的阈值：%8</translation>
    </message>
    <message>
        <source>energy — AUROC %1</source>
        <translation>能量 — AUROC %1</translation>
    </message>
    <message>
        <source>max-softmax — AUROC %1</source>
        <translation>最大 softmax — AUROC %1</translation>
    </message>
    <message>
        <source>thresholds passing 95% of the data</source>
        <translation>通过 95% 数据的阈值</translation>
    </message>
    <message>
        <source>Outliers against held-out data</source>
        <translation>离群点与留出数据的对比</translation>
    </message>
</context>
<context>
    <name>ebmui::PointDrawing</name>
    <message>
        <source>Clear points</source>
        <translation>清除点</translation>
    </message>
    <message>
        <source>Draw points</source>
        <translation>绘制点</translation>
    </message>
    <message>
        <source>Erase points</source>
        <translation>擦除点</translation>
    </message>
</context>
<context>
    <name>ebmui::PointDrawingControls</name>
    <message>
        <source>Draw on the map</source>
        <translation>在平面图上绘制</translation>
    </message>
    <message>
        <source>Draw</source>
        <translation>绘制</translation>
    </message>
    <message>
        <source>Drag on the map to spray points where the brush passes (one undo step per stroke)</source>
        <translation>在平面图上拖动，沿画笔经过处喷洒点（每一笔为一个撤销步骤）</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>擦除</translation>
    </message>
    <message>
        <source>Drag on the map to remove the points under the brush (one undo step per stroke)</source>
        <translation>在平面图上拖动，移除画笔下的点（每一笔为一个撤销步骤）</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Remove every point, to draw a data set of your own from nothing (undoable)</source>
        <translation>移除所有点，从零开始绘制自己的数据集（可撤销）</translation>
    </message>
    <message>
        <source> % of the map</source>
        <translation> %（相对平面图）</translation>
    </message>
    <message>
        <source>The brush&apos;s radius, as a share of the map&apos;s shorter side</source>
        <translation>画笔半径，以平面图短边的比例表示</translation>
    </message>
    <message>
        <source> per brush width</source>
        <translation> 个/画笔宽度</translation>
    </message>
    <message>
        <source>How many points the brush sprays per brush width of stroke (and on a click)</source>
        <translation>画笔每经过一个画笔宽度（以及单击一次）喷洒的点数</translation>
    </message>
    <message>
        <source>The class, and so the colour, of the points you draw</source>
        <translation>所绘制点的类别，即其颜色</translation>
    </message>
    <message>
        <source>Drag on the map with the brush; the middle button pans, the wheel zooms.</source>
        <translation>用画笔在平面图上拖动；中键平移，滚轮缩放。</translation>
    </message>
    <message>
        <source>Brush</source>
        <translation>画笔</translation>
    </message>
    <message>
        <source>Density</source>
        <translation>密度</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>类别</translation>
    </message>
</context>
<context>
    <name>ebmui::PointImport</name>
    <message>
        <source>Import Points</source>
        <translation>导入点</translation>
    </message>
    <message>
        <source>Point files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>点文件 (*.csv *.tsv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Import cancelled; the data is unchanged.</source>
        <translation>导入已取消；数据未更改。</translation>
    </message>
    <message>
        <source>Not imported: %1 The data is unchanged.</source>
        <translation>未导入：%1 数据未更改。</translation>
    </message>
    <message>
        <source>Import points</source>
        <translation>导入点</translation>
    </message>
    <message>
        <source>Imported %1 points from %2%3.</source>
        <translation>已从 %2%3 导入 %1 个点。</translation>
    </message>
</context>
<context>
    <name>ebmui::PresentationMode</name>
    <message>
        <source>&amp;Presentation</source>
        <translation>演示(&amp;P)</translation>
    </message>
    <message>
        <source>Leave Presentation</source>
        <translation>退出演示</translation>
    </message>
    <message>
        <source>Full screen with larger text, for a projector (F11; Esc leaves)</source>
        <translation>全屏并放大文字，适合投影仪（F11；Esc 退出）</translation>
    </message>
</context>
<context>
    <name>ebmui::RateChart</name>
    <message>
        <source>Barrier crossings vs temperature</source>
        <translation>越过势垒次数与温度的关系</translation>
    </message>
    <message>
        <source>measured</source>
        <translation>实测</translation>
    </message>
    <message>
        <source>Arrhenius ∝ exp(−ΔE/T)</source>
        <translation>阿伦尼乌斯 ∝ exp(−ΔE/T)</translation>
    </message>
    <message>
        <source>temperature T</source>
        <translation>温度 T</translation>
    </message>
    <message>
        <source>rate</source>
        <translation>速率</translation>
    </message>
    <message>
        <source>Leave the particles at a temperature for a while: the rate of jumps between valleys is measured there (rate: crossings per particle per step). Kramers/Arrhenius: the rate falls as e^{−ΔE/T} with the barrier height ΔE.</source>
        <translation>让粒子在某一温度下停留一段时间：在该温度下测量粒子在谷之间跳跃的速率（速率：每个粒子每步的越过次数）。克莱默斯/阿伦尼乌斯：速率随势垒高度 ΔE 按 e^{−ΔE/T} 下降。</translation>
    </message>
</context>
<context>
    <name>ebmui::ReplicaEnergyChart</name>
    <message>
        <source>Energy of each replica</source>
        <translation>各副本的能量</translation>
    </message>
    <message>
        <source>sweeps</source>
        <translation>扫描次数</translation>
    </message>
    <message>
        <source>E (conflicts)</source>
        <translation>E（冲突数）</translation>
    </message>
    <message>
        <source>E = the digits missing from rows and columns; 0 means solved. A replica stuck above 0 is in a trap; a reheat (or a hotter replica swapping down) lets it out.</source>
        <translation>E = 行和列中缺失的数字个数；0 表示已求解。停在 0 以上的副本陷入了陷阱；重新加热（或较热的副本向下交换）可使其脱出。</translation>
    </message>
    <message>
        <source>T = %1</source>
        <translation>T = %1</translation>
    </message>
</context>
<context>
    <name>ebmui::RocChart</name>
    <message>
        <source>ROC curve</source>
        <translation>ROC 曲线</translation>
    </message>
    <message>
        <source>false-alarm rate</source>
        <translation>误报率</translation>
    </message>
    <message>
        <source>detection rate</source>
        <translation>检出率</translation>
    </message>
    <message>
        <source>Every threshold trades false alarms for missed anomalies; the area under the curve is the chance an anomaly has a higher score than a normal point</source>
        <translation>每个阈值都在误报与漏检异常之间取舍；曲线下面积是异常点得分高于正常点的概率</translation>
    </message>
    <message>
        <source>chance</source>
        <translation>随机猜测</translation>
    </message>
    <message>
        <source>all thresholds</source>
        <translation>所有阈值</translation>
    </message>
    <message>
        <source>%1 — area %2</source>
        <translation>%1 — 面积 %2</translation>
    </message>
    <message>
        <source>the threshold now</source>
        <translation>当前阈值</translation>
    </message>
    <message>
        <source>ROC curve — area %1</source>
        <translation>ROC 曲线 — 面积 %1</translation>
    </message>
</context>
<context>
    <name>ebmui::SamplerPanel</name>
    <message>
        <source>Langevin (ULA)</source>
        <translation>朗之万（ULA）</translation>
    </message>
    <message>
        <source>x ← x − (ε/2)∇E/T + √ε·ξ: fast, slightly biased for large ε</source>
        <translation>x ← x − (ε/2)∇E/T + √ε·ξ：速度快，ε 较大时略有偏差</translation>
    </message>
    <message>
        <source>Metropolis-adjusted Langevin (MALA)</source>
        <translation>梅特罗波利斯校正朗之万（MALA）</translation>
    </message>
    <message>
        <source>A Langevin proposal accepted or rejected so p_T is exact</source>
        <translation>朗之万提议经接受或拒绝，使 p_T 精确</translation>
    </message>
    <message>
        <source>Hamiltonian Monte Carlo (HMC)</source>
        <translation>哈密顿蒙特卡洛（HMC）</translation>
    </message>
    <message>
        <source>Momentum and leapfrog steps: long moves that follow the landscape</source>
        <translation>动量与蛙跳步：沿景观的长距离移动</translation>
    </message>
    <message>
        <source>Annealed Langevin</source>
        <translation>退火朗之万</translation>
    </message>
    <message>
        <source>Langevin while the temperature cools from hot to the lesson&apos;s T</source>
        <translation>温度从高温冷却到课程设定的 T 的同时进行朗之万采样</translation>
    </message>
    <message>
        <source>The Markov chain that moves the particles</source>
        <translation>移动粒子的马尔可夫链</translation>
    </message>
    <message>
        <source>Sampler steps between two drawn frames: higher is faster motion, same physics</source>
        <translation>两次绘制帧之间的采样器步数：越大运动越快，物理过程不变</translation>
    </message>
    <message>
        <source>HMC: leapfrog steps per proposal (trajectory length L·ε)</source>
        <translation>HMC：每次提议的蛙跳步数（轨迹长度 L·ε）</translation>
    </message>
    <message>
        <source>How many past positions each particle&apos;s fading trail shows (0 = none)</source>
        <translation>每个粒子渐隐轨迹显示的过去位置数（0 = 不显示）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>reflecting</source>
        <translation>反射</translation>
    </message>
    <message>
        <source>periodic</source>
        <translation>周期</translation>
    </message>
    <message>
        <source>What happens at the box&apos;s edge: nothing, a bounce, or re-entry on the other side</source>
        <translation>区域边缘的处理方式：不处理、反弹，或从另一侧重新进入</translation>
    </message>
    <message>
        <source>Start at the data</source>
        <translation>从数据出发</translation>
    </message>
    <message>
        <source>Start particles at data points (as contrastive divergence does) instead of uniformly in the box</source>
        <translation>粒子从数据点出发（如对比散度那样），而不是在区域内均匀分布</translation>
    </message>
    <message>
        <source>The random seed: the same seed gives the same particles, frame for frame</source>
        <translation>随机种子：相同的种子给出逐帧相同的粒子</translation>
    </message>
    <message>
        <source>Start or stop the particles (Space)</source>
        <translation>启动或停止粒子（Space）</translation>
    </message>
    <message>
        <source>Reset particles</source>
        <translation>重置粒子</translation>
    </message>
    <message>
        <source>Put the particles back at their starting positions, drawn again from the seed</source>
        <translation>将粒子放回起始位置，由种子重新抽取</translation>
    </message>
    <message>
        <source>Total variation between the particles&apos; energy histogram (pooled over recent steps after a burn-in) and the Boltzmann prediction: above 0.1 the particles do not sample p_T yet</source>
        <translation>粒子能量直方图（预烧期后汇总最近若干步）与玻尔兹曼预测之间的总变差：大于 0.1 时粒子尚未在采样 p_T</translation>
    </message>
    <message>
        <source>Steps per frame</source>
        <translation>每帧步数</translation>
    </message>
    <message>
        <source>Leapfrog steps</source>
        <translation>蛙跳步数</translation>
    </message>
    <message>
        <source>Trail length</source>
        <translation>轨迹长度</translation>
    </message>
    <message>
        <source>Walls</source>
        <translation>边界</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Change sampler</source>
        <translation>更改采样器</translation>
    </message>
    <message>
        <source>%1 particles · %2 steps · mean E %3</source>
        <translation>%1 个粒子 · %2 步 · 平均 E %3</translation>
    </message>
    <message>
        <source> · acceptance %1%</source>
        <translation> · 接受率 %1%</translation>
    </message>
    <message>
        <source>&lt;br&gt;basin crossings %1</source>
        <translation>&lt;br&gt;跨越盆地次数 %1</translation>
    </message>
    <message>
        <source> · rate %1 per particle-step</source>
        <translation> · 速率 %1 每粒子每步</translation>
    </message>
    <message>
        <source> · barrier ΔE %1</source>
        <translation> · 势垒 ΔE %1</translation>
    </message>
    <message>
        <source> · &lt;span style=&apos;color:#e0a030&apos;&gt;%1 diverged, reset&lt;/span&gt;</source>
        <translation> · &lt;span style=&apos;color:#e0a030&apos;&gt;%1 个发散，已重置&lt;/span&gt;</translation>
    </message>
    <message>
        <source>The particles sample p_T: their energies are %1 in total variation from the Boltzmann prediction (mixed: at most 0.1).</source>
        <translation>粒子在采样 p_T：其能量与玻尔兹曼预测的总变差为 %1（已混合：不超过 0.1）。</translation>
    </message>
    <message>
        <source>Mixing: judged after a burn-in of 100 steps and 300 more.</source>
        <translation>混合判定：在 100 步预烧期之后再取 300 步进行判断。</translation>
    </message>
</context>
<context>
    <name>ebmui::SequencePanel</name>
    <message>
        <source>The watchdog&apos;s energy is the surprise of each event after the one before, u(a → b) = −log p(b | a), counted from normal sessions. A session is flagged when its &lt;b&gt;mean&lt;/b&gt; surprise passes a threshold calibrated on held-out normal sessions.</source>
        <translation>看门狗的能量是每个事件相对于前一事件的意外程度，u(a → b) = −log p(b | a)，由正常会话统计得出。当会话的&lt;b&gt;平均&lt;/b&gt;意外程度超过在留出集正常会话上校准的阈值时，该会话被标记。</translation>
    </message>
    <message>
        <source>Normal session</source>
        <translation>正常会话</translation>
    </message>
    <message>
        <source>Put a new customer&apos;s session on the timeline (N)</source>
        <translation>在时间线上放入一位新顾客的会话（N）</translation>
    </message>
    <message>
        <source>Attack session</source>
        <translation>攻击会话</translation>
    </message>
    <message>
        <source>Put a new credential-stuffing session on the timeline: a burst of failed logins (A)</source>
        <translation>在时间线上放入一个新的撞库会话：一连串失败的登录（A）</translation>
    </message>
    <message>
        <source>u(a → b) in nats: row a is the previous event, column b the next; each row is a Boltzmann distribution over the next event, Σ_b e^(−u) = 1</source>
        <translation>u(a → b)，单位 nats：行 a 为前一事件，列 b 为下一事件；每一行都是关于下一事件的玻尔兹曼分布，Σ_b e^(−u) = 1</translation>
    </message>
    <message>
        <source>login</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>view</source>
        <translation>浏览</translation>
    </message>
    <message>
        <source>search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>cart</source>
        <translation>加购</translation>
    </message>
    <message>
        <source>buy</source>
        <translation>购买</translation>
    </message>
    <message>
        <source>logout</source>
        <translation>登出</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>&lt;b&gt;Learned surprise u(a → b)&lt;/b&gt; in nats (row: the event before; cart = add-to-cart, buy = purchase, fail = failed-login, reset = password-reset)</source>
        <translation>&lt;b&gt;学习到的意外程度 u(a → b)&lt;/b&gt;，单位 nats（行：前一事件；加购 = 加入购物车，购买 = 下单购买，失败 = 登录失败，重置 = 重置密码）</translation>
    </message>
    <message>
        <source>Threshold &lt;b&gt;%1&lt;/b&gt; nats per event: it flags &lt;b&gt;%2%&lt;/b&gt; of the %3 held-out customers (target %4%).&lt;br&gt;On fresh sessions: false alarms &lt;b&gt;%5%&lt;/b&gt; of %6 customers, misses &lt;b&gt;%7%&lt;/b&gt; of %6 attacks; AUROC %8.&lt;br&gt;This session: mean surprise %9 — %10.</source>
        <translation>阈值 &lt;b&gt;%1&lt;/b&gt; nats 每事件：它标记了 %3 位留出集顾客中的 &lt;b&gt;%2%&lt;/b&gt;（目标 %4%）。&lt;br&gt;在新会话上：%6 位顾客中误报 &lt;b&gt;%5%&lt;/b&gt;，%6 次攻击中漏检 &lt;b&gt;%7%&lt;/b&gt;；AUROC %8。&lt;br&gt;本会话：平均意外程度 %9 — %10。</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#d55e00&apos;&gt;flagged&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#d55e00&apos;&gt;已标记&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#009e73&apos;&gt;passed&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#009e73&apos;&gt;已通过&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Watchdog</source>
        <translation>看门狗</translation>
    </message>
    <message>
        <source>A conditional energy u(a → b) = −log p(b | a) learned from normal sessions flags surprising ones</source>
        <translation>由正常会话学习到的条件能量 u(a → b) = −log p(b | a) 会标记出令人意外的会话</translation>
    </message>
</context>
<context>
    <name>ebmui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
</context>
<context>
    <name>ebmui::SoftmaxPanel</name>
    <message>
        <source>Whose recommendations (or click a user&apos;s dot on the landscape): the energy of item i for user u is E(u, i) = −U_u·V_i</source>
        <translation>为谁推荐（或点击景观上的用户点）：用户 u 对物品 i 的能量为 E(u, i) = −U_u·V_i</translation>
    </message>
    <message>
        <source>Softmax temperature τ</source>
        <translation>softmax 温度 τ</translation>
    </message>
    <message>
        <source>p(i | u) ∝ exp(−E(u, i)/τ): small τ always picks the best match (exploit), large τ picks anything (explore)</source>
        <translation>p(i | u) ∝ exp(−E(u, i)/τ)：τ 小时总是选最佳匹配（利用），τ 大时任意选择（探索）</translation>
    </message>
    <message>
        <source>Recommend</source>
        <translation>推荐</translation>
    </message>
    <message>
        <source>Draw recommendations from p(i | u) and compare how often each came up with p (N)</source>
        <translation>从 p(i | u) 中抽取推荐，并将各物品出现的频率与 p 比较（N）</translation>
    </message>
    <message>
        <source>category</source>
        <translation>类目</translation>
    </message>
    <message>
        <source>count</source>
        <translation>计数</translation>
    </message>
    <message>
        <source>p</source>
        <translation>p</translation>
    </message>
    <message>
        <source>surprise −log p</source>
        <translation>意外程度 −log p</translation>
    </message>
    <message>
        <source>Double-click a count to change it: rare categories are high-energy, surprising ones</source>
        <translation>双击计数可修改：稀有类目能量高，即令人意外</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>&lt;b&gt;Energy is surprise&lt;/b&gt;: counts of what was seen</source>
        <translation>&lt;b&gt;能量即意外程度&lt;/b&gt;：对所见事物的计数</translation>
    </message>
    <message>
        <source>Most likely: &lt;b&gt;%1&lt;/b&gt; (p = %2%)&lt;br&gt;Entropy H = &lt;b&gt;%3&lt;/b&gt; nats of at most log %4 = %5: like an even choice among e&lt;sup&gt;H&lt;/sup&gt; = %6 items</source>
        <translation>最可能：&lt;b&gt;%1&lt;/b&gt;（p = %2%）&lt;br&gt;熵 H = &lt;b&gt;%3&lt;/b&gt; nats，最大为 log %4 = %5：相当于在 e&lt;sup&gt;H&lt;/sup&gt; = %6 个物品中均匀选择</translation>
    </message>
    <message>
        <source>%1 nats</source>
        <translation>%1 nats</translation>
    </message>
    <message>
        <source>Change a count</source>
        <translation>修改计数</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>选择</translation>
    </message>
    <message>
        <source>A softmax is a Boltzmann distribution over choices: p(i) ∝ exp(−E_i/τ)</source>
        <translation>softmax 是关于各选项的玻尔兹曼分布：p(i) ∝ exp(−E_i/τ)</translation>
    </message>
</context>
<context>
    <name>ebmui::SpecEditor</name>
    <message>
        <source>Σ is symmetric: this entry and its mirror across the diagonal are one value</source>
        <translation>Σ 是对称的：此项与其关于对角线的镜像项是同一个值</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>ebmui::SudokuPanel</name>
    <message>
        <source>The puzzle to solve: the lesson&apos;s set, from an easy one to the hardest known</source>
        <translation>要求解的谜题：课程提供的一组，从简单的到已知最难的</translation>
    </message>
    <message>
        <source>or type / paste 81 characters, . or 0 for a blank</source>
        <translation>或输入/粘贴 81 个字符，用 . 或 0 表示空格</translation>
    </message>
    <message>
        <source>A puzzle as one line of 81 characters, row by row; anything after the 81st is ignored</source>
        <translation>一行 81 个字符表示一个谜题，逐行排列；第 81 个字符之后的内容将被忽略</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>使用</translation>
    </message>
    <message>
        <source>Solve the typed puzzle</source>
        <translation>求解输入的谜题</translation>
    </message>
    <message>
        <source>The energy and the search that descends it</source>
        <translation>能量以及沿其下降的搜索</translation>
    </message>
    <message>
        <source>Fill forced cells first</source>
        <translation>先填唯一确定的格</translation>
    </message>
    <message>
        <source>The constraints shrink the landscape: cells with one possible digit are filled before the descent (no guessing)</source>
        <translation>约束缩小了景观：只有一个可能数字的格在下降之前先填好（无需猜测）</translation>
    </message>
    <message>
        <source>Temperature T</source>
        <translation>温度 T</translation>
    </message>
    <message>
        <source>Metropolis accepts a move that raises E by ΔE with probability e^{−ΔE/T}: too cold and the search freezes in a trap, too hot and it never settles</source>
        <translation>梅特罗波利斯以概率 e^{−ΔE/T} 接受使 E 升高 ΔE 的移动：太冷则搜索冻结在陷阱中，太热则永远无法稳定</translation>
    </message>
    <message>
        <source>Run or pause the descent (Space)</source>
        <translation>运行或暂停下降（Space）</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>单步</translation>
    </message>
    <message>
        <source>One frame&apos;s sweeps, also while paused (S)</source>
        <translation>执行一帧的扫描，暂停时也可用（S）</translation>
    </message>
    <message>
        <source>Reheat</source>
        <translation>重新加热</translation>
    </message>
    <message>
        <source>Heat the search up again: it climbs out of the trap it is stuck in (H)</source>
        <translation>重新加热搜索：使其爬出所陷入的陷阱（H）</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>重新开始</translation>
    </message>
    <message>
        <source>Start again from a new random filling of the boxes (Shift+R)</source>
        <translation>从各宫新的随机填充重新开始（Shift+R）</translation>
    </message>
    <message>
        <source>Puzzle</source>
        <translation>谜题</translation>
    </message>
    <message>
        <source>Energy and search</source>
        <translation>能量与搜索</translation>
    </message>
    <message>
        <source>Change the energy</source>
        <translation>更改能量</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Choose a puzzle</source>
        <translation>选择谜题</translation>
    </message>
    <message>
        <source>The puzzle</source>
        <translation>谜题</translation>
    </message>
    <message>
        <source>your puzzle</source>
        <translation>你的谜题</translation>
    </message>
    <message>
        <source>Solve a typed puzzle</source>
        <translation>求解输入的谜题</translation>
    </message>
    <message>
        <source>Energy E = &lt;b&gt;%1&lt;/b&gt; (lowest replica; 0 = solved)&lt;br&gt;%2 sweeps, %3 reheats, %4 s of descent&lt;br&gt;%5 cells forced by the rules; replicas at T = %6</source>
        <translation>能量 E = &lt;b&gt;%1&lt;/b&gt;（最低副本；0 = 已求解）&lt;br&gt;%2 次扫描，%3 次重新加热，下降 %4 s&lt;br&gt;%5 个格由规则确定；副本温度 T = %6</translation>
    </message>
    <message>
        <source>Sudoku</source>
        <translation>数独</translation>
    </message>
    <message>
        <source>Rules as energy terms: the answer is the state of zero energy, found by descent</source>
        <translation>规则作为能量项：答案是能量为零的状态，通过下降找到</translation>
    </message>
    <message>
        <source>Annealing: swaps inside boxes</source>
        <translation>退火：宫内交换</translation>
    </message>
    <message>
        <source>Each box holds its missing digits; E counts digits missing from rows and columns. Cool slowly, reheat when stuck.</source>
        <translation>每个宫填入其缺少的数字；E 统计行和列中缺少的数字个数。缓慢降温，卡住时重新加热。</translation>
    </message>
    <message>
        <source>Parallel tempering: swaps inside boxes</source>
        <translation>并行回火：宫内交换</translation>
    </message>
    <message>
        <source>The same energy on a ladder of temperatures; neighbours swap states, so a cold replica can leave a trap through a hot one.</source>
        <translation>同一能量置于一组阶梯式温度上；相邻副本交换状态，因此低温副本可以借助高温副本逃离陷阱。</translation>
    </message>
    <message>
        <source>Potts: one digit per cell, heat bath</source>
        <translation>波茨：每格一个数字，热浴</translation>
    </message>
    <message>
        <source>729 one-hot units, every rule (rows, columns, boxes) an energy term: the same problem on a worse landscape.</source>
        <translation>729 个独热单元，每条规则（行、列、宫）都是一个能量项：同一问题，但景观更差。</translation>
    </message>
    <message>
        <source>puzzle</source>
        <translation>谜题</translation>
    </message>
</context>
<context>
    <name>ebmui::TrainingCharts</name>
    <message>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>The training loss; for PCD it is E(data) − E(negatives) plus the regularizer</source>
        <translation>训练损失；对于 PCD，它是 E(数据) − E(负样本) 加上正则项</translation>
    </message>
    <message>
        <source>Mean energy</source>
        <translation>平均能量</translation>
    </message>
    <message>
        <source>data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>negatives</source>
        <translation>负样本</translation>
    </message>
    <message>
        <source>PCD pushes the data&apos;s energy down and the negatives&apos; up until the two meet</source>
        <translation>PCD 压低数据的能量、抬高负样本的能量，直到两者相遇</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <source>batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>held out</source>
        <translation>留出集</translation>
    </message>
    <message>
        <source>A classifier&apos;s share of points given their right class: this iteration&apos;s batch, and the held-out points it never trains on</source>
        <translation>分类器将点分到正确类别的比例：本次迭代的批次，以及从不参与训练的留出集点</translation>
    </message>
    <message>
        <source>Held-out NLL (nats)</source>
        <translation>留出集 NLL（nats）</translation>
    </message>
    <message>
        <source>NLL</source>
        <translation>NLL</translation>
    </message>
    <message>
        <source>Negative log-likelihood of held-out points, exact by quadrature: lower is better</source>
        <translation>留出集点的负对数似然，由数值积分精确计算：越低越好</translation>
    </message>
    <message>
        <source>Acceptance rate</source>
        <translation>接受率</translation>
    </message>
    <message>
        <source>acceptance</source>
        <translation>接受率</translation>
    </message>
    <message>
        <source>The share of sampler proposals accepted (MALA/HMC); too low means too large a step</source>
        <translation>采样器提议被接受的比例（MALA/HMC）；过低说明步长过大</translation>
    </message>
    <message>
        <source>The charts of the loss, the energies and the held-out likelihood fill in as training runs.</source>
        <translation>随着训练进行，损失、能量和留出集似然的图表会逐步填充。</translation>
    </message>
    <message>
        <source>outliers</source>
        <translation>离群点</translation>
    </message>
    <message>
        <source>Held-out NLL (nats, in the data&apos;s units)</source>
        <translation>留出集 NLL（nats，以数据的单位计）</translation>
    </message>
    <message>
        <source>.
Measured in the file&apos;s own units (%1): the network learns the standardized points, and the log-Jacobian of the standardization (Σ log scale = %2) is added, so the number compares with other models of the same data in these units.</source>
        <translation>。
以文件自身的单位（%1）度量：网络学习的是标准化后的点，并加上标准化的对数雅可比（Σ log 缩放系数 = %2），因此该数值可与同一数据在这些单位下的其他模型比较。</translation>
    </message>
</context>
<context>
    <name>ebmui::TrainingPanel</name>
    <message>
        <source>The energy that learns the data; a non-neural one is replaced by a fresh network</source>
        <translation>学习数据的能量；非神经网络能量会被替换为一个新网络</translation>
    </message>
    <message>
        <source>Persistent contrastive divergence</source>
        <translation>持续对比散度</translation>
    </message>
    <message>
        <source>Lower E on data, raise it on Langevin negatives kept in a replay buffer</source>
        <translation>降低数据上的 E，抬高保存在回放缓冲区中的朗之万负样本上的 E</translation>
    </message>
    <message>
        <source>Contrastive divergence (CD-k)</source>
        <translation>对比散度（CD-k）</translation>
    </message>
    <message>
        <source>Negatives start at the data and take k Langevin steps</source>
        <translation>负样本从数据出发，走 k 步朗之万</translation>
    </message>
    <message>
        <source>Denoising score matching</source>
        <translation>去噪得分匹配</translation>
    </message>
    <message>
        <source>Match −∇E to the direction that removes Gaussian noise of level σ</source>
        <translation>使 −∇E 匹配去除水平为 σ 的高斯噪声的方向</translation>
    </message>
    <message>
        <source>Noise-contrastive estimation</source>
        <translation>噪声对比估计</translation>
    </message>
    <message>
        <source>Tell data from Gaussian noise; learns log Z as a number</source>
        <translation>区分数据与高斯噪声；将 log Z 作为一个数学习</translation>
    </message>
    <message>
        <source>Restricted Boltzmann machine</source>
        <translation>受限玻尔兹曼机</translation>
    </message>
    <message>
        <source>A Gaussian–Bernoulli RBM trained with CD-k; its free energy is E</source>
        <translation>用 CD-k 训练的高斯–伯努利 RBM；其自由能即为 E</translation>
    </message>
    <message>
        <source>Classifier (cross-entropy)</source>
        <translation>分类器（交叉熵）</translation>
    </message>
    <message>
        <source>Learn the labels; the logits&apos; E = −T·log Σ exp(f/T) is the landscape. Continues from the trained classifier; λ &gt; 0 (Out-of-distribution panel) adds energy fine-tuning</source>
        <translation>学习标签；logits 的 E = −T·log Σ exp(f/T) 即为景观。在已训练的分类器基础上继续；λ &gt; 0（分布外检测面板）会加入能量微调</translation>
    </message>
    <message>
        <source>Hidden layer widths, e.g. 128,128,128 (a network 2→128→128→128→1)</source>
        <translation>隐藏层宽度，例如 128,128,128（网络 2→128→128→128→1）</translation>
    </message>
    <message>
        <source>The smooth nonlinearity after each hidden layer (the energy needs a gradient)</source>
        <translation>每个隐藏层之后的平滑非线性函数（能量需要梯度）</translation>
    </message>
    <message>
        <source>How many training iterations a run takes</source>
        <translation>一次运行的训练迭代次数</translation>
    </message>
    <message>
        <source>Data points per iteration</source>
        <translation>每次迭代的数据点数</translation>
    </message>
    <message>
        <source>Adam&apos;s step size for the weights</source>
        <translation>Adam 对权重的步长</translation>
    </message>
    <message>
        <source>K: Langevin steps that refine each iteration&apos;s negatives</source>
        <translation>K：细化每次迭代负样本的朗之万步数</translation>
    </message>
    <message>
        <source>ε of the negatives&apos; Langevin steps</source>
        <translation>负样本朗之万步的 ε</translation>
    </message>
    <message>
        <source>λ of λ(E⁺² + E⁻²): keeps energies from drifting; raise it if training explodes</source>
        <translation>λ(E⁺² + E⁻²) 中的 λ：防止能量漂移；训练发散时请调大</translation>
    </message>
    <message>
        <source>σ: the noise the model learns to remove</source>
        <translation>σ：模型学习去除的噪声</translation>
    </message>
    <message>
        <source>Hidden binary units of the RBM</source>
        <translation>RBM 的二值隐藏单元</translation>
    </message>
    <message>
        <source>Seed of the initial weights and of every random draw in training</source>
        <translation>初始权重及训练中每次随机抽取的种子</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>能量</translation>
    </message>
    <message>
        <source>Hidden widths</source>
        <translation>隐藏层宽度</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>激活函数</translation>
    </message>
    <message>
        <source>Iterations</source>
        <translation>迭代次数</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>批次大小</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>Langevin steps K</source>
        <translation>朗之万步数 K</translation>
    </message>
    <message>
        <source>Langevin step ε</source>
        <translation>朗之万步长 ε</translation>
    </message>
    <message>
        <source>Regularization λ</source>
        <translation>正则化 λ</translation>
    </message>
    <message>
        <source>Noise σ</source>
        <translation>噪声 σ</translation>
    </message>
    <message>
        <source>Hidden units</source>
        <translation>隐藏单元</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Start or resume training (T)</source>
        <translation>开始或继续训练（T）</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Pause training; Train resumes it</source>
        <translation>暂停训练；点击“训练”可继续</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>End the run and keep the weights learned so far</source>
        <translation>结束本次运行并保留目前学到的权重</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>Forget the learned weights and start from a fresh network (asks first; undoable)</source>
        <translation>丢弃学到的权重，从新网络开始（会先询问；可撤销）</translation>
    </message>
    <message>
        <source>%v / %m</source>
        <translation>%v / %m</translation>
    </message>
    <message>
        <source>Hidden layer widths, e.g. 64,64 (a classifier 2→64→64→K logits)</source>
        <translation>隐藏层宽度，例如 64,64（分类器 2→64→64→K 个 logits）</translation>
    </message>
    <message>
        <source>Choose a data set in the Data panel first</source>
        <translation>请先在数据面板中选择数据集</translation>
    </message>
    <message>
        <source>Change training settings</source>
        <translation>更改训练设置</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
</context>
<context>
    <name>ebmui::ViewActions</name>
    <message>
        <source>Landscape and Map</source>
        <translation>景观与平面图</translation>
    </message>
    <message>
        <source>Landscape Only</source>
        <translation>仅景观</translation>
    </message>
    <message>
        <source>Map Only</source>
        <translation>仅平面图</translation>
    </message>
    <message>
        <source>Show Density p_T</source>
        <translation>显示密度 p_T</translation>
    </message>
    <message>
        <source>Draw the normalized density p_T = e^{−E/T}/Z_T instead of the energy E (D)</source>
        <translation>绘制归一化密度 p_T = e^{−E/T}/Z_T，而不是能量 E（D）</translation>
    </message>
</context>
<context>
    <name>ebmui::ViewTitles</name>
    <message>
        <source>energy E</source>
        <translation>能量 E</translation>
    </message>
    <message>
        <source>E</source>
        <translation>E</translation>
    </message>
    <message>
        <source>max p(y|x)</source>
        <translation>max p(y|x)</translation>
    </message>
    <message>
        <source>density p</source>
        <translation>密度 p</translation>
    </message>
    <message>
        <source>p</source>
        <translation>p</translation>
    </message>
    <message>
        <source>x3</source>
        <translation>x3</translation>
    </message>
</context>
</TS>
